package cn.jiyuan.mediation.screening.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.screening.ScreeningEngine;
import cn.jiyuan.mediation.screening.report.ScreeningReport;
import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;
import cn.jiyuan.mediation.support.EngineUser;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * Special screening (screening-campaign) with the demo organization: started through the API over two
 * chosen towns (克井镇 and 沁园街道, 4 committees each) it reaches exactly their units and rolls up to the
 * starter once all have reported; started from Tasklist by a justice office over its own town it rolls
 * up at the due time with the silent units named.
 */
@DemoPlatformTest
public abstract class ScreeningCampaignTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEJING_AND_QINYUAN = Set.of("committee-TC419001100", "committee-VC419001100201",
            "committee-VC419001100202", "committee-VC419001100203", "committee-TC419001001",
            "committee-VC419001001001", "committee-VC419001001002", "committee-VC419001001003");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ScreeningRoundRepository rounds;
    @Autowired
    ScreeningReportRepository reports;

    ScreeningEngine screening;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        screening = new ScreeningEngine(engine, rounds, reports);
        ScreeningEngine.clockAt(LocalDateTime.of(2027, 8, 16, 10, 0));
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        ScreeningEngine.resetClock();
    }

    private HttpResponse<String> post(String json, String user, String password) {
        return new Http(port).send(HttpRequest.newBuilder(URI.create(new Http(port).url("/api/screening/campaigns")))
                .header("Content-Type", "application/json").header("Authorization", Http.basic(user, password))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private List<Task> reportTasks(long roundId) {
        return reports.findByRound(roundId).stream().map(r -> tasks.createTaskQuery()
                .processInstanceId(r.processInstanceId()).taskDefinitionKey("report").singleResult()).toList();
    }

    private Set<String> groupsOf(List<Task> list) {
        return list.stream().flatMap(t -> tasks.getIdentityLinksForTask(t.getId()).stream())
                .map(l -> l.getGroupId()).filter(g -> g != null).collect(Collectors.toSet());
    }

    private void reportAndLetTheCampaignKnow(ScreeningReport report, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(report.processInstanceId()).singleResult();
        tasks.complete(task.getId(), variables);
        screening.executeDueJobsOf(report.processInstanceId()); // cases to register, then 检查专项排查进度
    }

    @Test
    void aCampaignOverTwoTownsReachesExactlyTheirUnitsAndRollsUpToTheStarter() throws Exception {
        HttpResponse<String> response = post("""
                {"topic":"涉众型经济纠纷专项排查","requirement":"重点排查拖欠工资、集资、预付卡纠纷",
                 "scope":"TOWNS","townCodes":["419001100","419001001"],"dueDate":"2027-08-20"}""", "zhaojiceng", "demo");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Map<String, Object> started = JSON.readValue(response.body(), new TypeReference<>() {
        });
        assertThat(started).containsEntry("expectedUnits", 8).containsEntry("scope", "TOWNS")
                .containsEntry("topic", "涉众型经济纠纷专项排查");
        long roundId = ((Number) started.get("roundId")).longValue();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/screening/coverage?roundId=" + roundId);
        ProcessInstance campaign = runtime.createProcessInstanceQuery()
                .processInstanceId((String) started.get("processInstanceId")).singleResult();
        assertThat(campaign).hasPassed("planCampaign").variables().containsEntry("initiator", "zhaojiceng");

        screening.executeJobsOf("screening-campaign");

        assertThat(campaign).isWaitingAt("awaitReports");
        List<Task> issued = reportTasks(roundId);
        assertThat(issued).hasSize(8).doesNotContainNull().allSatisfy(t -> assertThat(t.getDescription())
                .contains("专项排查：涉众型经济纠纷专项排查").contains("2027年8月20日 18:00"));
        assertThat(groupsOf(issued)).isEqualTo(KEJING_AND_QINYUAN);

        List<ScreeningReport> all = reports.findByRound(roundId);
        for (int i = 0; i < all.size(); i++) {
            assertThat(campaign).isWaitingAt("awaitReports");
            reportAndLetTheCampaignKnow(all.get(i), i == 0 ? Map.of("disputes", SpinValues.jsonValue("""
                    [{"description":"超市预付卡无法退款，二十余名顾客聚集","category":"CONSUMER","applicantName":"顾客代表张某",
                      "respondentName":"某超市","peopleInvolved":23,"handling":"REGISTER_CASE",
                      "enterpriseRelated":true,"riskIndicators":["MASS_INCIDENT_RISK"]}]""").create(),
                    "risks", "可能引发群体性事件")
                    : Map.of("zeroReport", true));
        }

        Task summary = tasks.createTaskQuery().processInstanceId(campaign.getId()).singleResult();
        assertThat(summary).hasName("专项排查汇总").isAssignedTo("zhaojiceng");
        String rollup = (String) tasks.getVariableLocal(summary.getId(), "rollup");
        assertThat(rollup).startsWith("应报单位8个，已报8个（其中零报告7个），未报0个，覆盖率100.0%。发现矛盾纠纷1件（当场化解0件，登记为案件1件）")
                .contains("克井镇：应报4，已报4", "沁园街道：应报4，已报4", "超市预付卡无法退款", "可能引发群体性事件")
                .contains("消费，已登记为案件（")
                .doesNotContain("未报单位");

        tasks.complete(summary.getId(), Map.of("summaryOpinion", "预付卡纠纷已登记，其余单位未发现涉众型纠纷"));
        assertThat(campaign).isEnded().hasPassed("allReported", "summarize", "recordSummary")
                .hasNotPassed("deadlineReached");
        ScreeningRound round = rounds.find(roundId).orElseThrow();
        assertThat(round.summaryNote()).isEqualTo("预付卡纠纷已登记，其余单位未发现涉众型纠纷");
        assertThat(round.scopeTowns()).containsExactly("419001100", "419001001");
        assertThat(round.startedBy()).isEqualTo("zhaojiceng");
    }

    @Test
    void aJusticeOfficeScreensItsOwnTownFromTasklistAndGetsTheSummaryAtTheDueTime() {
        EngineUser.login(identity, "chensiyuan", List.of("justice-office-419001100", "justice-office-staff"));
        // as Tasklist submits the start form: the checklist arrives as a JSON variable
        ProcessInstance campaign = runtime.startProcessInstanceByKey("screening-campaign", Variables.createVariables()
                .putValue("topic", "秋收季节土地纠纷排查").putValue("scope", "TOWNS")
                .putValue("townCodes", SpinValues.jsonValue("[\"419001100\"]").create())
                .putValue("dueDate", "2027-08-18"));
        identity.clearAuthentication();
        screening.executeJobsOf("screening-campaign");
        long roundId = ((Number) runtime.getVariable(campaign.getId(), "roundId")).longValue();
        List<ScreeningReport> all = reports.findByRound(roundId);
        assertThat(all).extracting(ScreeningReport::unitCode)
                .containsExactly("419001100", "419001100201", "419001100202", "419001100203");

        reportAndLetTheCampaignKnow(all.get(1), Map.of("zeroReport", true));
        assertThat(campaign).isWaitingAt("awaitReports");

        ScreeningEngine.clockAt(LocalDateTime.of(2027, 8, 18, 18, 1));
        screening.executeJob(campaign.getId(), "deadlineReached");

        Task summary = tasks.createTaskQuery().processInstanceId(campaign.getId()).singleResult();
        assertThat(summary).hasName("专项排查汇总").isAssignedTo("chensiyuan");
        assertThat((String) tasks.getVariableLocal(summary.getId(), "rollup"))
                .startsWith("应报单位4个，已报1个（其中零报告1个），未报3个，覆盖率25.0%")
                .contains("未报单位：克井镇、克井镇西许村、克井镇南河村");
    }

    @Test
    void aJusticeOfficeCannotScreenTheWholeCityFromTasklist() {
        EngineUser.login(identity, "chensiyuan", List.of("justice-office-419001100", "justice-office-staff"));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("screening-campaign", Variables.createVariables()
                .putValue("topic", "全市排查").putValue("scope", "CITY").putValue("dueDate", "2027-08-18")))
                .hasMessageContaining("司法所只能对本辖区（419001100）发起专项排查");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("screening-campaign", Variables.createVariables()
                .putValue("scope", "TOWNS").putValue("dueDate", "2027-08-01")))
                .hasMessageContaining("请填写专项排查主题").hasMessageContaining("请选择至少一个镇（街道）")
                .hasMessageContaining("截止时间已过");
    }

    @Test
    void theApiIsForSupervisorsWithinTheirScopeAndNamesEveryBadField() {
        String kejing = "{\"topic\":\"排查\",\"scope\":\"TOWNS\",\"townCodes\":[\"419001100\"],\"dueDate\":\"2027-08-20\"}";
        assertThat(post(kejing, "zhangli", "demo").statusCode()).isEqualTo(403);
        HttpResponse<String> otherTown = post(kejing.replace("419001100", "419001001"), "chensiyuan", "demo");
        assertThat(otherTown.statusCode()).isEqualTo(403);
        assertThat(otherTown.body()).contains("本辖区");
        assertThat(post(kejing.replace("\"TOWNS\",\"townCodes\":[\"419001100\"]", "\"CITY\""), "chensiyuan", "demo")
                .statusCode()).isEqualTo(403);

        HttpResponse<String> bad = post("{\"scope\":\"VILLAGE\",\"townCodes\":[\"419001999\"],\"dueDate\":\"2027-08-01\"}",
                "admin", "admin-secret");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"topic\"", "\"field\":\"scope\"", "\"field\":\"townCodes\"",
                "\"field\":\"dueDate\"");
        assertThat(post("not json", "admin", "admin-secret").statusCode()).isEqualTo(400);

        HttpResponse<String> own = post(kejing, "chensiyuan", "demo");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(own.body()).contains("\"expectedUnits\":4");
        HttpResponse<String> city = post("{\"topic\":\"国庆节前全市排查\",\"scope\":\"CITY\",\"dueDate\":\"2027-08-20\"}",
                "zhaojiceng", "demo");
        assertThat(city.statusCode()).as(city.body()).isEqualTo(201);
        assertThat(city.body()).contains("\"expectedUnits\":64", "\"townCodes\":[]");
    }
}
