package cn.jiyuan.mediation.ledger;

import static cn.jiyuan.mediation.ledger.KnownCases2024.KEJING;
import static cn.jiyuan.mediation.ledger.KnownCases2024.QINYUAN;
import static cn.jiyuan.mediation.ledger.KnownCases2024.applicant;
import static cn.jiyuan.mediation.ledger.KnownCases2024.applicantPhone;
import static cn.jiyuan.mediation.ledger.KnownCases2024.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * The case ledger ({@code GET /api/ledger/cases}) over the known cases of 2024 ({@link KnownCases2024}), through real
 * HTTP against the demo platform: labels beside every code, derived dates and flags, every filter, sorting and
 * paging, masking, scoping by role, and parameters refused in Chinese naming the field. The stream the Excel export
 * writes from is checked against the pages.
 */
@DemoPlatformTest
abstract class LedgerTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String YEAR_2024 = "from=2024-01-01&to=2024-12-31";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseLedger ledger;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void knownCases() {
        KnownCases2024.ensureLoaded(jdbc);
    }

    @Test
    void theLedgerListsTheTownsCasesWithTheLabelBesideEveryCode() {
        JsonNode page = ledger("chensiyuan", YEAR_2024 + "&sort=createdAt,asc");
        assertThat(page.get("total").asLong()).isEqualTo(8);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(keys(page)).containsExactly("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");

        JsonNode k1 = item(page, "K1");
        assertThat(k1.get("caseId").asLong()).isEqualTo(KnownCases2024.id(jdbc, "K1"));
        assertField(k1, "category", "NEIGHBOR", "categoryLabel", "邻里");
        assertField(k1, "channel", "WALK_IN", "channelLabel", "来访");
        assertField(k1, "status", "CLOSED", "statusLabel", "已结案归档");
        assertField(k1, "riskLevel", "LOW", "riskLevelLabel", "低风险");
        assertField(k1, "handlingLevel", "VILLAGE", "handlingLevelLabel", "村(社区)调委会");
        assertField(k1, "townCode", KEJING, "townName", "克井镇");
        assertField(k1, "villageCode", "419001100201", "villageName", "东许村");
        assertField(k1, "committeeCode", "VC419001100201", "committeeName", "克井镇东许村人民调解委员会");
        assertField(k1, "conclusion", "AGREED", "conclusionLabel", "调解成功");
        assertField(k1, "outcome", "AGREEMENT_WRITTEN", "outcomeLabel", "达成书面协议");
        assertThat(k1.get("registeredOn").asText()).isEqualTo("2024-01-10");
        assertThat(k1.get("deadline").asText()).isEqualTo("2024-02-09");
        // the first AGREED entry, not the visit noted later with the same status
        assertThat(k1.get("concludedOn").asText()).isEqualTo("2024-01-25");
        assertThat(k1.get("overdue").asBoolean()).isFalse();
        assertThat(k1.get("rebounds").asInt()).isZero();
        assertThat(k1.get("fullAccess").asBoolean()).isTrue();
        assertThat(k1.get("parties")).hasSize(2);
        JsonNode first = k1.get("parties").get(0);
        assertThat(first.get("role").asText()).isEqualTo("APPLICANT");
        assertThat(first.get("roleLabel").asText()).isEqualTo("申请人");
        assertThat(first.get("name").asText()).isEqualTo(applicant("K1"));
        assertThat(first.get("phone").asText()).isEqualTo(applicantPhone("K1"));
        assertThat(k1.get("parties").get(1).get("roleLabel").asText()).isEqualTo("被申请人");
        // a phone not given is there as null: clients read every field of every row
        assertThat(k1.get("parties").get(1).get("phone").isNull()).isTrue();

        // reopened after a rebound and agreed again: concluded by the second agreement
        JsonNode k4 = item(page, "K4");
        assertThat(k4.get("concludedOn").asText()).isEqualTo("2024-05-20");
        assertThat(k4.get("rebounds").asInt()).isEqualTo(1);
        assertField(k4, "outcome", "AGREEMENT_ORAL", "outcomeLabel", "达成口头协议");
        // reopened and not concluded again: open, no conclusion, the earlier outcome not shown as one
        JsonNode k5 = item(page, "K5");
        assertThat(k5.get("concludedOn").isNull()).isTrue();
        assertThat(k5.get("conclusion").isNull()).isTrue();
        assertThat(k5.get("outcome").isNull()).isTrue();
        assertField(k5, "status", "REOPENED", "statusLabel", "反弹重新调解");
        assertThat(k5.get("processInstanceId").asText()).isEqualTo("stat-pi-k5");
        // registered 00:30 on 1 December in Jiyuan (30 November in UTC), open past its deadline
        JsonNode k7 = item(page, "K7");
        assertThat(k7.get("registeredOn").asText()).isEqualTo("2024-12-01");
        assertThat(k7.get("overdue").asBoolean()).isTrue();
        assertField(k7, "handlingLevel", "TOWN", "handlingLevelLabel", "镇(街道)调委会/司法所");
        assertThat(k7.get("villageCode").isNull()).isTrue();
        JsonNode k8 = item(page, "K8");
        assertField(k8, "conclusion", "REFUSED", "conclusionLabel", "当事人拒绝调解");
        assertThat(k8.get("outcome").isNull()).isTrue();
        assertThat(k8.get("concludedOn").asText()).isEqualTo("2024-12-31");
        assertThat(item(page, "K2").get("statusLabel").asText()).isEqualTo("调解不成");
    }

    @Test
    void partiesAreInFullOnlyForThoseWhoHandleTheCaseAndOnlyTheyFindThemByName() {
        // the administrator reads every case, masked, and finds it by its number only
        JsonNode byNumber = ledger("admin", "admin-secret", "q=" + encode(number("K1")));
        assertThat(keys(byNumber)).containsExactly("K1");
        JsonNode masked = byNumber.get("items").get(0);
        assertThat(masked.get("fullAccess").asBoolean()).isFalse();
        String phone = applicantPhone("K1");
        assertThat(masked.get("parties").get(0).get("name").asText()).isEqualTo("司某");
        assertThat(masked.get("parties").get(0).get("phone").asText())
                .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(masked.get("parties").get(1).get("name").asText()).isEqualTo("欧某");
        assertThat(masked.toString()).doesNotContain(applicant("K1"), phone);
        assertThat(ledger("admin", "admin-secret", "q=" + encode(applicant("K1"))).get("total").asLong()).isZero();

        // the town's justice office and the committee find it by the applicant's name
        assertThat(keys(ledger("chensiyuan", "q=" + encode(applicant("K1"))))).containsExactly("K1");
        assertThat(keys(ledger("zhangli", "q=" + encode(applicant("K1"))))).containsExactly("K1");
        assertThat(ledger("caogang", "q=" + encode(applicant("K1"))).get("total").asLong()).isZero();
    }

    @Test
    void aShortTextIsANameAndALongerOneAlsoAPartOfTheCaseNumber() {
        // two characters: a surname (司马) — the parties' names begin with it, no case number is searched
        assertThat(keys(ledger("chensiyuan", YEAR_2024 + "&sort=createdAt,asc&q=" + encode("司马"))))
                .containsExactly("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");
        assertThat(ledger("chensiyuan", YEAR_2024 + "&q=" + encode("统计")).get("total").asLong()).isZero();
        // three characters or more: within case numbers too (（2024）统计测试K3调字第1号), for whoever reads the case
        assertThat(ledger("chensiyuan", YEAR_2024 + "&q=" + encode("统计测")).get("total").asLong()).isEqualTo(8);
        assertThat(keys(ledger("admin", "admin-secret", "q=" + encode("试K3调")))).containsExactly("K3");
        // a name is found by its beginning only
        assertThat(ledger("chensiyuan", YEAR_2024 + "&q=" + encode("K1申")).get("total").asLong()).isZero();
    }

    @Test
    void everyFilterNarrowsTheLedger() {
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("category=NEIGHBOR", List.of("K1", "K4", "K7"));
        expected.put("channel=SCREENING", List.of("K3", "K7"));
        expected.put("status=REOPENED", List.of("K5"));
        expected.put("riskLevel=HIGH", List.of("K3", "K7"));
        expected.put("handlingLevel=TOWN", List.of("K3", "K7"));
        expected.put("overdue=true", List.of("K3", "K7"));
        expected.put("overdue=false", List.of("K1", "K2", "K4", "K5", "K6", "K8"));
        expected.put("committeeCode=VC419001100202", List.of("K4", "K6"));
        expected.put("townCode=" + KEJING, List.of("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"));
        expected.put("q=" + encode("统计测试K3"), List.of("K3"));
        expected.put("category=NEIGHBOR&overdue=true", List.of("K7"));
        expected.forEach((filter, keys) -> assertThat(keys(ledger("chensiyuan", YEAR_2024 + "&sort=createdAt,asc&"
                + filter))).as(filter).containsExactlyElementsOf(keys));

        // registration days are Jiyuan's days, both ends inclusive
        assertThat(keys(ledger("chensiyuan", "from=2024-12-01&to=2024-12-31&sort=createdAt,asc")))
                .containsExactly("K7", "K8");
        assertThat(keys(ledger("chensiyuan", "from=2025-01-01&to=2025-01-01"))).containsExactly("K9");
        assertThat(keys(ledger("chensiyuan", "from=2023-12-31&to=2023-12-31"))).containsExactly("K0");
        assertThat(keys(ledger("chensiyuan", "from=2024-11-30&to=2024-11-30"))).isEmpty();
    }

    @Test
    void theLedgerSortsByTheOfferedColumnsAndPages() {
        assertThat(keys(ledger("chensiyuan", YEAR_2024 + "&sort=deadline,asc")))
                .containsExactly("K1", "K3", "K2", "K4", "K6", "K7", "K8", "K5");
        // by severity, not alphabetically; equal levels by id in the same direction
        assertThat(keys(ledger("chensiyuan", YEAR_2024 + "&sort=riskLevel,desc")))
                .containsExactly("K5", "K7", "K3", "K6", "K4", "K2", "K8", "K1");
        assertThat(keys(ledger("chensiyuan", YEAR_2024 + "&sort=caseNumber,desc")))
                .containsExactly("K8", "K7", "K6", "K5", "K4", "K3", "K2", "K1");
        // newest first by default
        assertThat(keys(ledger("chensiyuan", YEAR_2024))).containsExactly("K8", "K7", "K6", "K5", "K4", "K3", "K2",
                "K1");
        JsonNode second = ledger("chensiyuan", YEAR_2024 + "&sort=createdAt,asc&page=1&size=3");
        assertThat(second.get("total").asLong()).isEqualTo(8);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(3);
        assertThat(keys(second)).containsExactly("K4", "K5", "K6");
        assertThat(keys(ledger("chensiyuan", YEAR_2024 + "&sort=createdAt,asc&page=2&size=3"))).containsExactly("K7",
                "K8");
        assertThat(keys(ledger("chensiyuan", YEAR_2024 + "&page=3&size=3"))).isEmpty();
    }

    @Test
    void theLedgerDownloadsAsAnExcelWorkbookWithThePartiesMasked() throws Exception {
        // the town's justice office sees K1's parties in full on screen; the file it takes away has them masked
        var response = cn.jiyuan.mediation.support.XlsxDownloads.get(port,
                "/api/ledger/cases?format=xlsx&sort=createdAt,asc&" + YEAR_2024, "chensiyuan", "demo", null);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"case-ledger-").contains("filename*=UTF-8''%E7%9F%9B"));
        try (var workbook = cn.jiyuan.mediation.support.XlsxDownloads.workbook(response)) {
            var sheet = workbook.getSheet("矛盾纠纷台账");
            List<List<String>> rows = cn.jiyuan.mediation.support.XlsxDownloads.rows(sheet);
            assertThat(rows.get(0)).startsWith("案号", "登记日期", "镇（街道）").endsWith("申请人", "被申请人", "移送", "移送结果");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            JsonNode json = ledger("chensiyuan", "size=200&sort=createdAt,asc&" + YEAR_2024);
            assertThat(rows).hasSize(json.get("total").asInt() + 1);
            // row by row as the JSON pages, every code a label
            for (int i = 0; i < json.get("items").size(); i++) {
                JsonNode item = json.get("items").get(i);
                assertThat(rows.get(i + 1).subList(0, 4)).containsExactly(item.get("caseNumber").asText(),
                        item.get("registeredOn").asText(), item.get("townName").asText(),
                        item.path("villageName").asText(""));
                assertThat(rows.get(i + 1)).contains(item.get("categoryLabel").asText(),
                        item.get("statusLabel").asText(), item.get("riskLevelLabel").asText());
            }
            String all = rows.toString();
            String phone = applicantPhone("K1");
            assertThat(all).doesNotContain(applicant("K1"), phone).contains("司某（" + phone.substring(0, 3) + "****");
            List<List<String>> summary = cn.jiyuan.mediation.support.XlsxDownloads.rows(workbook.getSheet("汇总"));
            assertThat(summary.toString()).contains("2024-01-01 至 2024-12-31", "邻里");
        }
        // scoped as the pages: another town's justice office gets none of these rows
        try (var other = cn.jiyuan.mediation.support.XlsxDownloads.workbook(cn.jiyuan.mediation.support.XlsxDownloads
                .get(port, "/api/ledger/cases?" + YEAR_2024 + "&townCode=" + KEJING, "caogang", "demo",
                        cn.jiyuan.mediation.support.XlsxDownloads.XLSX))) {
            assertThat(cn.jiyuan.mediation.support.XlsxDownloads.rows(other.getSheet("矛盾纠纷台账"))).hasSize(1);
        }
    }

    @Test
    void eachRoleSeesOnlyTheRowsItHandles() {
        // a justice office: its town, whatever it asks for
        JsonNode kejing = ledger("chensiyuan", "size=200&" + YEAR_2024);
        assertThat(kejing.findValuesAsText("townCode")).isNotEmpty().containsOnly(KEJING);
        assertThat(ledger("chensiyuan", YEAR_2024 + "&townCode=" + QINYUAN).get("total").asLong()).isZero();
        assertThat(ledger("chensiyuan", "q=" + encode(number("Q1"))).get("total").asLong()).isZero();
        assertThat(keys(ledger("caogang", YEAR_2024 + "&sort=createdAt,asc"))).containsExactly("Q1", "Q2", "Q3");
        // a village mediator: her committee's cases only, of every year
        assertThat(keys(ledger("zhangli", "size=200&q=" + encode("统计测试") + "&sort=createdAt,asc")))
                .containsExactly("K0", "K1", "K2", "K5", "K8", "K9");
        assertThat(keys(ledger("songyu", "q=" + encode("统计测试")))).containsExactly("Q1");
        // the grassroots section: the whole city
        assertThat(ledger("zhaojiceng", YEAR_2024).get("total").asLong()).isEqualTo(11);
        assertThat(new Http(port).get("/api/ledger/cases", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theStreamHandsOverEveryRowInTheOrderOfThePages() {
        AuthenticatedUser chensiyuan = user("chensiyuan");
        LedgerFilter filter = LedgerFilter.period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null);
        LedgerSort sort = new LedgerSort(LedgerSort.Field.DEADLINE, true);
        List<LedgerItem> streamed = new ArrayList<>();
        ledger.stream(chensiyuan, filter, sort, streamed::add);
        LedgerPage page = ledger.page(chensiyuan, new LedgerRequest(filter, 0, 200, sort));
        assertThat(streamed).hasSize(8).containsExactlyElementsOf(page.items());
        assertThat(streamed.get(0).caseNumber()).isEqualTo(number("K1"));
        assertThat(streamed.get(0).parties()).extracting(LedgerParty::name).containsExactly(applicant("K1"), "欧阳K1被");

        // the parties of each batch are read while the cursor is open: fetched two rows at a time, in batches of
        // three, the whole city's eleven cases come in the order of the pages with their parties
        AuthenticatedUser city = user("zhaojiceng");
        LedgerSort byRisk = new LedgerSort(LedgerSort.Field.RISK_LEVEL, false);
        List<LedgerItem> small = new ArrayList<>();
        ledger.stream(city, filter, byRisk, small::add, 2, 3);
        assertThat(small).hasSize(11).containsExactlyElementsOf(ledger.page(city, new LedgerRequest(filter, 0, 200,
                byRisk)).items());
        assertThat(small).allSatisfy(item -> assertThat(item.parties()).hasSize(2));
    }

    @Test
    void badParametersAreRefusedNamingTheFieldInChinese() {
        HttpResponse<String> response = get("chensiyuan", "demo", "/api/ledger/cases?from=2024-13-01&to=abc"
                + "&category=FOO&channel=BAR&status=DONE&riskLevel=SEVERE&handlingLevel=HOUSE&townCode=999999"
                + "&committeeCode=NOPE&overdue=yes&page=-1&size=201&sort=name,asc");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = parse(response.body()).get("errors");
        List<String> fields = errors.findValuesAsText("field");
        assertThat(fields).containsExactlyInAnyOrder("from", "to", "category", "channel", "status", "riskLevel",
                "handlingLevel", "townCode", "committeeCode", "overdue", "page", "size", "sort");
        assertThat(message(errors, "from")).contains("年-月-日");
        assertThat(message(errors, "category")).contains("纠纷类型", "NEIGHBOR（邻里）");
        assertThat(message(errors, "townCode")).contains("镇（街道）");
        assertThat(message(errors, "committeeCode")).contains("人民调解委员会");
        assertThat(message(errors, "overdue")).contains("true 或 false");
        assertThat(message(errors, "size")).contains("1到200");
        assertThat(message(errors, "sort")).contains("createdAt", "riskLevel");

        JsonNode reversed = parse(get("chensiyuan", "demo", "/api/ledger/cases?from=2024-12-31&to=2024-01-01").body());
        assertThat(reversed.get("errors").findValuesAsText("field")).containsExactly("from");
        assertThat(message(reversed.get("errors"), "from")).contains("不能晚于");
        assertThat(get("chensiyuan", "demo", "/api/ledger/cases?sort=deadline,up").statusCode()).isEqualTo(400);
        // a village code is no town
        assertThat(get("chensiyuan", "demo", "/api/ledger/cases?townCode=419001100201").statusCode()).isEqualTo(400);
    }

    // ------------------------------------------------------------------------------ helpers

    JsonNode ledger(String user, String query) {
        return ledger(user, "demo", query);
    }

    JsonNode ledger(String user, String password, String query) {
        HttpResponse<String> response = get(user, password, "/api/ledger/cases?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    HttpResponse<String> get(String user, String password, String path) {
        return new Http(port).get(path, user, password);
    }

    /** The fixture keys (K1, Q2…) of a page's items, in order; other tests' cases are left out. */
    static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            String number = item.get("caseNumber").asText();
            for (String key : KnownCases2024.KEYS) {
                if (number.equals(number(key))) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    static JsonNode item(JsonNode page, String key) {
        for (JsonNode item : page.get("items")) {
            if (item.get("caseNumber").asText().equals(number(key))) {
                return item;
            }
        }
        throw new AssertionError("no " + key + " in " + page);
    }

    private static void assertField(JsonNode item, String code, String codeValue, String label, String labelValue) {
        assertThat(item.get(code).asText()).as(code).isEqualTo(codeValue);
        assertThat(item.get(label).asText()).as(label).isEqualTo(labelValue);
    }

    static String message(JsonNode errors, String field) {
        for (JsonNode error : errors) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + errors);
    }

    AuthenticatedUser user(String userId) {
        return new AuthenticatedUser(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
