package cn.jiyuan.mediation.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.calendar.SensitivePeriodSource;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * Situational awareness end to end: cases written straight into the tables at known times, the detection run as of
 * a fixed moment in the past (so that the other tests' cases, registered today, count neither in the window nor in
 * the baseline), and the alerts read through {@code GET /api/awareness/alerts} as the 克井镇 justice office
 * (陈思远), as another town's office (曹刚, 沁园), as the bureau and as a mediator; repeat parties through
 * {@code POST /api/cases}.
 */
@DemoPlatformTest
abstract class AwarenessTestBase {

    static final String KEJING = "419001100";
    /**
     * The moment the hotspot scans are run as of: 2019-06-15 12:00 in Jiyuan. Its cases reach a year back (the
     * baseline), clear of the years other tests of the shared database count (the ledger's and the statistics'
     * 2024, the exports' 2099).
     */
    static final OffsetDateTime AS_OF = OffsetDateTime.of(2019, 6, 15, 12, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final AtomicInteger SEQUENCE = new AtomicInteger(900_000);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AwarenessScan scan;
    @Autowired
    AwarenessProperties properties;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    SensitivePeriodSource sensitivePeriods;

    // ------------------------------------------------------------------------------ hotspots

    @Test
    void aTownsSpikeIsOneAlertWhileItLastsSeenByItsJusticeOfficeOnly() {
        // this week 8 environment cases in 克井镇; before, one every four weeks (12 in 364 days)
        for (int i = 1; i <= 8; i++) {
            insertCase("TC419001100", KEJING, null, "ENVIRONMENT", "CLOSED", AS_OF.minusHours(20L * i));
        }
        for (int k = 0; k < 12; k++) {
            insertCase("TC419001100", KEJING, null, "ENVIRONMENT", "CLOSED", AS_OF.minusDays(35 + 28L * k));
        }

        scan.run(AS_OF);

        // 克井镇: 8 in 7 days against 12 / 52 = 0.23 a week → 8 > 2 × 0.23 and ≥ 5: a spike.
        // 30 days: 8 against 12 / 12 = 1 a month → more than twice, but below the minimum of 10: none.
        List<JsonNode> kejing = alerts("chensiyuan", "demo", "");
        JsonNode town = only(kejing, "HOTSPOT_TOWN", KEJING, null);
        assertThat(town.get("kindName").asText()).isEqualTo("镇（街道）纠纷高发");
        assertThat(town.get("title").asText()).isEqualTo("克井镇近7日矛盾纠纷高发");
        assertThat(town.get("townName").asText()).isEqualTo("克井镇");
        assertThat(town.get("figures")).hasToString(
                "{\"windowDays\":7,\"cases\":8,\"baseline\":0.23,\"factor\":2,\"minCases\":5}");
        assertThat(town.get("description").asText()).isEqualTo("克井镇近7日受理矛盾纠纷8件，此前364日内每7日平均0.23件，"
                + "是平时的34.8倍，超过预警倍数2倍（且不少于5件）。");
        assertThat(town.get("recommendedAction").asText()).startsWith("建议克井镇司法所分析纠纷高发的原因");
        assertThat(town.get("active").asBoolean()).isTrue();
        JsonNode category = only(kejing, "HOTSPOT_TOWN_CATEGORY", KEJING, "ENVIRONMENT");
        assertThat(category.get("categoryName").asText()).isEqualTo("环境污染");
        assertThat(category.get("title").asText()).isEqualTo("克井镇近7日环境污染纠纷激增");
        assertThat(category.get("recommendedAction").asText()).contains("开展“环境污染纠纷专项排查”");
        assertThat(kejing).as("no 30-day spike: below the minimum")
                .noneMatch(a -> a.get("kind").asText().startsWith("HOTSPOT") && a.get("figures").get("windowDays").asInt() == 30);
        assertThat(kejing).as("city-wide alerts are the city's").allMatch(a -> KEJING.equals(a.path("townCode").asText()));

        // the city sees the city-wide spike of the category too
        List<JsonNode> city = alerts("zhaojiceng", "demo", "");
        assertThat(only(city, "HOTSPOT_CATEGORY", null, "ENVIRONMENT").get("title").asText())
                .isEqualTo("全市近7日环境污染纠纷激增");
        assertThat(ids(city)).contains(town.get("id").asLong(), category.get("id").asLong());

        // another town's justice office sees none of 克井镇's alerts, even when it asks for the town
        assertThat(alerts("caogang", "demo", "")).noneMatch(a -> KEJING.equals(a.path("townCode").asText()))
                .noneMatch(a -> absent(a, "townCode"));
        assertThat(alerts("caogang", "demo", "townCode=" + KEJING)).isEmpty();
        // a mediator supervises no town
        HttpResponse<String> mediator = http().get("/api/awareness/alerts", "zhangli", "demo");
        assertThat(mediator.statusCode()).isEqualTo(403);
        assertThat(mediator.body()).contains("态势感知预警仅供");

        // each of the town's new hotspots is a task of its justice office, with the alert and the recommended action
        Task townTask = responseTask(town.get("id").asLong());
        Task categoryTask = responseTask(category.get("id").asLong());
        assertThat(townTask.getName()).isEqualTo("处置纠纷高发预警");
        assertThat(tasks.createTaskQuery().taskId(categoryTask.getId()).taskCandidateGroup("justice-office-" + KEJING)
                .count()).isEqualTo(1);
        assertThat(runtime.getVariable(categoryTask.getProcessInstanceId(), "recommendedAction"))
                .isEqualTo(category.get("recommendedAction").asText());
        assertThat(runtime.getVariable(categoryTask.getProcessInstanceId(), "topic")).isEqualTo("克井镇环境污染纠纷专项排查");
        assertThat(http().get("/engine-rest/task?processInstanceId=" + categoryTask.getProcessInstanceId(), "caogang",
                "demo").body()).as("another town's office").isEqualTo("[]");
        // other measures need saying which; then they are recorded on the alert
        HttpResponse<String> bare = submit(townTask, "{\"response\":{\"value\":\"OTHER\"}}");
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(400);
        assertThat(bare.body()).contains("采取其他措施的，请写明采取了哪些措施", "\"field\":\"responseNote\"");
        HttpResponse<String> other = submit(townTask, "{\"response\":{\"value\":\"OTHER\"},"
                + "\"responseNote\":{\"value\":\"已召开调委会主任会议分析原因\"}}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(204);
        assertThat(jdbc.queryForMap("select handling, handling_note, handled_by from awareness_alert where id = ?",
                town.get("id").asLong())).containsValues("OTHER", "已召开调委会主任会议分析原因", "chensiyuan");
        // the category's spike: a special screening of the town, started from the task as 陈思远
        String dueDate = CaseTime.today().plusDays(10).toString();
        HttpResponse<String> campaign = submit(categoryTask, "{\"response\":{\"value\":\"CAMPAIGN\"},"
                + "\"topic\":{\"value\":\"克井镇环境污染纠纷专项排查\"},\"dueDate\":{\"value\":\"" + dueDate + "\"}}");
        assertThat(campaign.statusCode()).as(campaign.body()).isEqualTo(204);
        Map<String, Object> round = jdbc.queryForMap("select r.topic, r.scope_towns, r.started_by, r.requirement from"
                + " screening_round r join awareness_alert a on a.campaign_instance_id = r.process_instance_id where a.id"
                + " = ?", category.get("id").asLong());
        assertThat(round).containsEntry("topic", "克井镇环境污染纠纷专项排查").containsEntry("scope_towns", KEJING)
                .containsEntry("started_by", "chensiyuan");
        assertThat(round.get("requirement").toString()).contains("环境污染纠纷专项排查");

        // scanned again an hour later: the same alert, confirmed, not a second one
        scan.run(AS_OF.plusHours(1));
        JsonNode again = only(alerts("chensiyuan", "demo", ""), "HOTSPOT_TOWN", KEJING, null);
        assertThat(again.get("id").asLong()).isEqualTo(town.get("id").asLong());
        assertThat(again.get("detectedAt").asText()).isEqualTo(town.get("detectedAt").asText());
        assertThat(OffsetDateTime.parse(again.get("lastSeenAt").asText()))
                .isAfter(OffsetDateTime.parse(town.get("lastSeenAt").asText()));

        // two months later the week is quiet: the alert has ended, and is listed only on request
        scan.run(AS_OF.plusDays(60));
        assertThat(alerts("chensiyuan", "demo", "kind=HOTSPOT_TOWN")).noneMatch(a -> KEJING.equals(a.path("townCode").asText()));
        JsonNode ended = alerts("chensiyuan", "demo", "kind=HOTSPOT_TOWN&includeEnded=true").stream()
                .filter(a -> a.get("id").asLong() == town.get("id").asLong()).findFirst().orElseThrow();
        assertThat(ended.get("active").asBoolean()).isFalse();
        assertThat(absent(ended, "endedAt")).isFalse();
    }

    @Test
    void badParametersAreNamedInChinese() {
        HttpResponse<String> response = http().get("/api/awareness/alerts?kind=FIRE&includeEnded=yes", "zhaojiceng",
                "demo");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"kind\"", "\"includeEnded\"", "HOTSPOT_TOWN（镇（街道）纠纷高发）",
                "true 或 false");
        assertThat(http().get("/api/awareness/alerts", null, null).statusCode()).isEqualTo(401);
    }

    // ------------------------------------------------------------------------------ workload

    @Test
    void aCommitteeWithoutFullTimeMediatorsAndOpenCasesIsOverloadedForItsTownOnly() {
        // 克井镇南河村调委会 has no full-time mediator in the demo registry
        for (int i = 0; i < 6; i++) {
            insertCase("VC419001100203", KEJING, "419001100203", "NEIGHBOR", "REGISTERED", CaseTime.now());
        }
        int open = jdbc.queryForObject("select count(*) from case_file where committee_code = 'VC419001100203' and"
                + " status in ('REGISTERED', 'HANDED_OVER', 'DEADLINE_EXTENDED', 'REOPENED')", Integer.class);

        // as of long before the hotspot test's cases: workload does not depend on the moment, hotspots would
        scan.run(AS_OF.minusYears(3));

        JsonNode alert = alerts("chensiyuan", "demo", "kind=WORKLOAD_OVERLOADED").stream()
                .filter(a -> "VC419001100203".equals(a.path("committeeCode").asText())).findFirst().orElseThrow();
        assertThat(alert.get("committeeName").asText()).isEqualTo("克井镇南河村人民调解委员会");
        assertThat(alert.get("townCode").asText()).isEqualTo(KEJING);
        assertThat(alert.get("figures").get("openCases").asInt()).isEqualTo(open);
        assertThat(alert.get("figures").get("fullTimeMediators").asInt()).isZero();
        assertThat(absent(alert.get("figures"), "casesPerMediator")).isTrue();
        assertThat(alert.get("description").asText()).isEqualTo("克井镇南河村人民调解委员会在办案件" + open
                + "件，没有专职人民调解员，超过人均8件的上限。");
        assertThat(alert.get("recommendedAction").asText()).startsWith("建议合理调配调解力量");
        assertThat(alerts("caogang", "demo", "kind=WORKLOAD_OVERLOADED"))
                .noneMatch(a -> "VC419001100203".equals(a.path("committeeCode").asText()));
    }

    // ------------------------------------------------------------------------------ repeat parties

    @BeforeEach
    void repeatPartiesOn() {
        properties.getRepeatParty().setEnabled(true);
    }

    @AfterEach
    void repeatPartiesAsTheOtherTestsHaveThem() {
        properties.getRepeatParty().setEnabled(false);
    }

    @Test
    void aPartyOfAnEarlierCaseMakesARepeatedPetitionNamingThatCase() {
        String name = "欧阳" + (char) ('甲' + ThreadLocalRandom.current().nextInt(10)) + "访";
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String idNumber = CaseRequests.idNumber("410881198" + String.format("%08d",
                ThreadLocalRandom.current().nextInt(1, 10_000_000)).substring(0, 1) + "0101"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
        JsonNode first = register(dispute().applicant(name, phone, idNumber).marker("第一次"));
        assertThat(indicators(first)).doesNotContain("REPEATED_PETITION");

        // the same ID number (another phone): a repeated petition, raised before the risk decision
        JsonNode second = register(dispute().applicant(name, "13600001111", idNumber).marker("第二次"));
        assertThat(second.get("riskLevel").asText()).isEqualTo(repeatRisk());
        assertThat(indicators(second)).contains("REPEATED_PETITION");
        JsonNode secondCase = caseOf(second);
        assertThat(secondCase.get("history").get(0).get("note").asText())
                .endsWith("；重复信访：当事人12个月内另涉" + first.get("caseNumber").asText());
        // the same name and phone, no ID number: the first case (the second has another phone and this one no ID)
        JsonNode third = register(dispute().applicant(name, phone, null).marker("第三次"));
        assertThat(indicators(third)).contains("REPEATED_PETITION");
        assertThat(caseOf(third).get("history").get(0).get("note").asText())
                .endsWith("另涉" + first.get("caseNumber").asText());
        // with the ID number and the first phone: both
        JsonNode fourth = register(dispute().applicant(name, phone, idNumber).marker("第四次"));
        assertThat(caseOf(fourth).get("history").get(0).get("note").asText()).endsWith("另涉"
                + first.get("caseNumber").asText() + "、" + second.get("caseNumber").asText() + "、"
                + third.get("caseNumber").asText());
        // the same name with another phone and no ID number is not the same person
        JsonNode namesake = register(dispute().applicant(name, "13599998888", null).marker("同名"));
        assertThat(indicators(namesake)).doesNotContain("REPEATED_PETITION");

        // the town's justice office gets the alert, with case numbers and without the person
        JsonNode alert = alerts("chensiyuan", "demo", "kind=REPEAT_PARTY").stream()
                .filter(a -> a.get("caseId").asLong() == fourth.get("caseId").asLong()).findFirst().orElseThrow();
        assertThat(alert.get("caseNumber").asText()).isEqualTo(fourth.get("caseNumber").asText());
        assertThat(alert.get("townName").asText()).isEqualTo("克井镇");
        assertThat(alert.get("committeeName").asText()).isEqualTo("克井镇东许村人民调解委员会");
        assertThat(alert.get("figures").get("earlierDisputes").asInt()).isEqualTo(3);
        assertThat(alert.get("figures").get("earlierReferences").asText()).isEqualTo(first.get("caseNumber").asText()
                + "、" + second.get("caseNumber").asText() + "、" + third.get("caseNumber").asText());
        assertThat(alert.get("title").asText()).isEqualTo(fourth.get("caseNumber").asText() + "当事人12个月内多次涉及纠纷");
        assertThat(alert.toString()).doesNotContain(name, phone, idNumber);
        assertThat(alerts("caogang", "demo", "kind=REPEAT_PARTY"))
                .noneMatch(a -> a.get("caseId").asLong() == fourth.get("caseId").asLong());

        // nothing of the person went into the process
        for (JsonNode c : List.of(second, third, fourth)) {
            Map<String, Object> variables = runtime.getVariables(c.get("processInstanceId").asText());
            assertThat(variables.toString()).doesNotContain(name, phone, idNumber.substring(6));
        }
    }

    @Test
    void aDisputeResolvedOnTheSpotInScreeningCountsToo() {
        String name = "司马" + (char) ('甲' + ThreadLocalRandom.current().nextInt(10)) + "排";
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        insertResolvedFinding(name, phone, CaseTime.now().minusMonths(3));
        // a finding older than 12 months does not count
        String old = "上官" + (char) ('甲' + ThreadLocalRandom.current().nextInt(10)) + "旧";
        insertResolvedFinding(old, phone, CaseTime.now().minusMonths(13));

        JsonNode registered = register(dispute().applicant(name, phone, null).marker("排查后"));
        assertThat(indicators(registered)).contains("REPEATED_PETITION");
        assertThat(caseOf(registered).get("history").get(0).get("note").asText())
                .endsWith("另涉排查发现（克井镇东许村，" + CaseTime.now().minusMonths(3).toLocalDate() + "）");
        JsonNode notRepeated = register(dispute().applicant(old, phone, null).marker("一年多以前"));
        assertThat(indicators(notRepeated)).doesNotContain("REPEATED_PETITION");
    }

    // ------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    Task responseTask(long alertId) {
        return tasks.createTaskQuery().processInstanceBusinessKey("HOTSPOT-" + alertId).singleResult();
    }

    /** Completes the task through its form, as 陈思远 of the 克井 justice office. */
    HttpResponse<String> submit(Task task, String variables) {
        return http().post("/engine-rest/task/" + task.getId() + "/submit-form", "chensiyuan", "demo",
                "{\"variables\":" + variables + "}");
    }

    /**
     * The standard dispute with a respondent of its own, known by name only: the standard respondent (李小河, with a
     * landline) is a party of every standard case and would make each a repeat.
     */
    static CaseRequests.Dispute dispute() {
        return CaseRequests.dispute().respondent("邻居" + SEQUENCE.incrementAndGet(), null, null);
    }

    String repeatRisk() {
        return sensitivePeriods.isSensitive(CaseTime.today()) ? "HIGH" : "MEDIUM";
    }

    JsonNode register(CaseRequests.Dispute dispute) {
        return CaseRequests.register(http(), "zhangli", "demo", dispute.json());
    }

    JsonNode caseOf(JsonNode registered) {
        HttpResponse<String> response = http().get("/api/cases/" + registered.get("caseId").asLong(), "zhangli", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CaseRequests.parse(response.body());
    }

    List<String> indicators(JsonNode registered) {
        List<String> codes = new ArrayList<>();
        caseOf(registered).get("riskIndicators").forEach(i -> codes.add(i.get("code").asText()));
        return codes;
    }

    List<JsonNode> alerts(String user, String password, String query) {
        HttpResponse<String> response = http().get("/api/awareness/alerts" + (query.isEmpty() ? "" : "?" + query), user,
                password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> alerts = new ArrayList<>();
        CaseRequests.parse(response.body()).forEach(alerts::add);
        return alerts;
    }

    static JsonNode only(List<JsonNode> alerts, String kind, String townCode, String category) {
        List<JsonNode> matching = alerts.stream().filter(a -> a.get("kind").asText().equals(kind))
                .filter(a -> townCode == null ? absent(a, "townCode") : townCode.equals(a.path("townCode").asText()))
                .filter(a -> category == null ? absent(a, "category") : category.equals(a.path("category").asText()))
                .filter(a -> a.get("figures").get("windowDays").asInt() == 7)
                .toList();
        assertThat(matching).as(kind + " " + townCode + " " + category + " in " + alerts).hasSize(1);
        return matching.get(0);
    }

    /** Null values are left out of the API's JSON. */
    static boolean absent(JsonNode alert, String field) {
        return alert.path(field).isMissingNode() || alert.path(field).isNull();
    }

    static List<Long> ids(List<JsonNode> alerts) {
        return alerts.stream().map(a -> a.get("id").asLong()).toList();
    }

    /** A case written straight into case_file, registered at the given time. */
    void insertCase(String committee, String town, String village, String category, String status, OffsetDateTime at) {
        int n = SEQUENCE.incrementAndGet();
        jdbc.update("insert into case_file (case_number, committee_code, case_year, sequence_no, channel, category,"
                        + " summary, town_code, village_code, people_involved, enterprise_related, cross_village, cross_town,"
                        + " sensitive_period, risk_level, early_warning, handling_level, green_channel, status, deadline,"
                        + " created_at, created_by, updated_at, registered_on) values (?, ?, ?, ?, 'WALK_IN', ?, '态势感知测试', ?,"
                        + " ?, 2, false, false, false, false, 'LOW', false, ?, false, ?, ?, ?, 'awareness-test', ?, ?)",
                "（" + at.getYear() + "）态势测试调字第" + n + "号", committee, at.getYear(), n, category, town, village,
                committee.startsWith("VC") ? "VILLAGE" : "TOWN", status, at.toLocalDate().plusDays(30), at, at,
                at.atZoneSameInstant(cn.jiyuan.mediation.cases.CaseTime.ZONE).toLocalDate());
    }

    /** A dispute of 东许村 resolved on the spot in a weekly screening round at the given time. */
    void insertResolvedFinding(String applicant, String phone, OffsetDateTime at) {
        int n = SEQUENCE.incrementAndGet();
        jdbc.update("insert into screening_round (round_key, kind, round_date, title, due_at, created_at) values"
                + " (?, 'WEEKLY', ?, '态势感知测试排查', ?, ?)", "AWARENESS-TEST:" + n, at.toLocalDate(), at, at);
        long round = jdbc.queryForObject("select id from screening_round where round_key = ?", Long.class,
                "AWARENESS-TEST:" + n);
        jdbc.update("insert into screening_report (round_id, unit_code, unit_name, unit_level, town_code, committee_code,"
                + " committee_group, office_group, due_at, supervision_at, status, reported_at, dispute_count) values"
                + " (?, '419001100201', '克井镇东许村', 'VILLAGE', ?, 'VC419001100201', 'committee-VC419001100201',"
                + " 'justice-office-419001100', ?, ?, 'REPORTED', ?, 1)", round, KEJING, at, at, at);
        long report = jdbc.queryForObject("select id from screening_report where round_id = ?", Long.class, round);
        jdbc.update("insert into screening_finding (report_id, round_id, seq, description, category, applicant_name,"
                + " applicant_phone, respondent_name, handling, resolution, outcome, created_at) values (?, ?, 1,"
                + " '两家因排水沟争吵', 'NEIGHBOR', ?, ?, '邻居甲', 'ON_THE_SPOT', '当场说和', 'RESOLVED', ?)", report, round,
                applicant, phone, at);
    }
}
