package cn.jiyuan.mediation.screening.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.screening.ScreeningEngine;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;
import cn.jiyuan.mediation.support.EngineUser;
import cn.jiyuan.mediation.support.DemoPlatformTest;

/**
 * A unit's screening report (screening-report) with the demo organization: zero report, a dispute
 * resolved on the spot, a dispute registered as a case, an incomplete report refused, and a silent unit
 * reminded at the due time and then supervised by its justice office. Each test opens a round of its
 * own day; 东许村 (VC419001100201, zhangli's committee) and 克井镇 (TC419001100) belong to 克井司法所.
 */
@DemoPlatformTest
public abstract class ScreeningReportTestBase {

    static final String DONGXU = "419001100201";
    static final String KEJING = "419001100";

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
    @Autowired
    ScreeningFindingRepository findings;
    @Autowired
    CaseRepository cases;

    ScreeningEngine screening;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        screening = new ScreeningEngine(engine, rounds, reports);
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        ScreeningEngine.resetClock();
    }

    private ScreeningReport weeklyReportOfDongxu(LocalDate monday) {
        ScreeningRound weekly = screening.round(screening.runScheduleOn(monday), "WEEKLY");
        return screening.report(weekly.id(), DONGXU);
    }

    private Task reportTask(ScreeningReport report) {
        return tasks.createTaskQuery().processInstanceId(report.processInstanceId()).taskDefinitionKey("report")
                .singleResult();
    }

    private ProcessInstance instance(ScreeningReport report) {
        return runtime.createProcessInstanceQuery().processInstanceId(report.processInstanceId()).singleResult();
    }

    /** zhangli completes her committee's task in Tasklist (which submits the form's fields as variables). */
    private void submitAsZhangli(ScreeningReport report, Map<String, Object> variables) {
        Task task = reportTask(report);
        EngineUser.login(identity, "zhangli", List.of("committee-VC419001100201", "mediators"));
        try {
            tasks.claim(task.getId(), "zhangli");
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void aZeroReportIsRecordedAndEndsTheReport() {
        ScreeningReport report = weeklyReportOfDongxu(LocalDate.of(2027, 6, 7));
        ProcessInstance pi = instance(report);
        assertThat(pi).isWaitingAt("report");
        assertThat(reportTask(report)).hasCandidateGroup("committee-VC419001100201");

        ScreeningEngine.clockAt(LocalDateTime.of(2027, 6, 8, 10, 0));
        submitAsZhangli(report, Map.of("zeroReport", true));

        assertThat(pi).isEnded().hasPassed("report", "recordReport", "reported").hasNotPassed("remind", "supervise");
        ScreeningReport recorded = screening.reload(report);
        assertThat(recorded.status()).isEqualTo(ReportStatus.ZERO);
        assertThat(recorded.reportedBy()).isEqualTo("zhangli");
        assertThat(recorded.reportedAt().toLocalDateTime()).as("Jiyuan time").isEqualTo(LocalDateTime.of(2027, 6, 8, 10, 0));
        assertThat(recorded.disputeCount()).isZero();
        assertThat(findings.findByReport(report.id())).isEmpty();
    }

    @Test
    void aDisputeResolvedOnTheSpotIsRecordedWithTheRisksNoticed() {
        ScreeningReport report = weeklyReportOfDongxu(LocalDate.of(2027, 6, 14));
        // Tasklist submits the form's dynamic list as a JSON variable.
        String disputes = """
                [{"description":"两户因宅前排水沟堵塞发生口角","category":"NEIGHBOR","applicantName":"李某",
                  "applicantPhone":"13803890001","respondentName":"王某","peopleInvolved":2,"handling":"ON_THE_SPOT",
                  "resolution":"村调委会现场协调，双方同意共同清理水沟"}]""";

        ProcessInstance pi = instance(report);
        submitAsZhangli(report, Map.of("zeroReport", false, "disputes", SpinValues.jsonValue(disputes).create(),
                "risks", "村东砂石厂拖欠工资，工人情绪激动"));

        assertThat(pi).isEnded().hasPassed("recordReport", "reported");
        ScreeningReport recorded = screening.reload(report);
        assertThat(recorded.status()).isEqualTo(ReportStatus.REPORTED);
        assertThat(recorded.disputeCount()).isEqualTo(1);
        assertThat(recorded.risks()).isEqualTo("村东砂石厂拖欠工资，工人情绪激动");
        assertThat(findings.findByReport(report.id())).singleElement().satisfies(f -> {
            assertThat(f.dispute().category()).isEqualTo(DisputeCategory.NEIGHBOR);
            assertThat(f.dispute().applicantName()).isEqualTo("李某");
            assertThat(f.dispute().applicantPhone()).isEqualTo("13803890001");
            assertThat(f.dispute().respondentName()).isEqualTo("王某");
            assertThat(f.dispute().peopleInvolved()).isEqualTo(2);
            assertThat(f.dispute().handling()).isEqualTo(Handling.ON_THE_SPOT);
            assertThat(f.outcome()).isEqualTo(FindingOutcome.RESOLVED);
            assertThat(f.caseNumber()).isNull();
            assertThat(f.dispute().resolution()).startsWith("村调委会现场协调");
        });
    }

    @Test
    void aDisputeToRegisterBecomesACaseOfTheScreeningChannelWhereTheUnitScreened() {
        ScreeningReport report = weeklyReportOfDongxu(LocalDate.of(2027, 6, 21));
        List<Map<String, Object>> disputes = List.of(Map.of("description", "宅基地界址争议，双方多次发生冲突",
                "category", "HOUSING_HOMESTEAD", "applicantName", "赵某", "respondentName", "钱某",
                "respondentPhone", "0391-6612345", "handling", "REGISTER_CASE", "amountInvolved", 20000,
                "riskIndicators", List.of("VIOLENCE_THREAT")));
        ProcessInstance pi = instance(report);

        submitAsZhangli(report, Map.of("zeroReport", false, "disputes", Variables.objectValue(disputes)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));

        // recorded with the report; the case is registered in a job of its own
        assertThat(pi).hasPassed("recordReport").isWaitingAt("registerCases");
        assertThat(findings.findByReport(report.id())).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(FindingOutcome.TO_REGISTER));
        screening.executeDueJobsOf(pi.getId());

        assertThat(pi).isEnded().hasPassed("registerCases", "reported");
        ScreeningFinding finding = findings.findByReport(report.id()).get(0);
        assertThat(finding.outcome()).isEqualTo(FindingOutcome.CASE_REGISTERED);
        assertThat(finding.caseNumber()).contains("调字第").endsWith("号");
        CaseFile registered = cases.findById(Long.parseLong(finding.caseId())).orElseThrow();
        assertThat(registered.channel()).isEqualTo(IntakeChannel.SCREENING);
        assertThat(registered.category()).isEqualTo(DisputeCategory.HOUSING_HOMESTEAD);
        assertThat(registered.townCode()).isEqualTo(KEJING);
        assertThat(registered.villageCode()).isEqualTo(DONGXU);
        assertThat(registered.caseNumber()).isEqualTo(finding.caseNumber());
        assertThat(registered.summary()).startsWith("宅基地界址争议").contains("克井镇东许村");
        assertThat(registered.createdBy()).isEqualTo("zhangli");
        assertThat(cases.findParties(registered.id())).extracting(p -> p.name()).containsExactly("赵某", "钱某");
        assertThat(cases.findIndicators(registered.id())).containsExactly(RiskIndicator.VIOLENCE_THREAT);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dispute-case")
                .processInstanceBusinessKey(finding.caseNumber()).count()).isOne();
    }

    @Test
    void anIncompleteReportIsRefusedAndTheTaskStaysOpen() {
        ScreeningReport report = weeklyReportOfDongxu(LocalDate.of(2027, 6, 28));
        Task task = reportTask(report);

        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("zeroReport", false)))
                .hasMessageContaining("请勾选零报告，或填写发现的矛盾纠纷、风险隐患");
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("disputes",
                "[{\"description\":\"邻里纠纷\",\"category\":\"NO_SUCH\",\"applicantName\":\"甲\","
                        + "\"applicantPhone\":\"12345\",\"handling\":\"ON_THE_SPOT\"}]")))
                .hasMessageContaining("第1件矛盾纠纷：未知的纠纷类型代码“NO_SUCH”")
                .hasMessageContaining("第1件矛盾纠纷的申请人电话：电话号码格式不正确")
                .hasMessageContaining("第1件矛盾纠纷：请填写被申请人姓名")
                .hasMessageContaining("〔disputes[0].category〕");
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("disputes",
                "[{\"description\":\"邻里纠纷\",\"category\":\"NEIGHBOR\",\"applicantName\":\"甲\","
                        + "\"respondentName\":\"乙\",\"handling\":\"ON_THE_SPOT\"}]")))
                .hasMessageContaining("第1件矛盾纠纷：请填写化解情况");

        assertThat(instance(report)).isWaitingAt("report");
        assertThat(screening.reload(report).status()).isEqualTo(ReportStatus.PENDING);
    }

    @Test
    void aSilentVillageIsRemindedAtTheDueTimeAndItsTownsJusticeOfficeSupervisesADayLater() {
        ScreeningReport report = weeklyReportOfDongxu(LocalDate.of(2027, 7, 5));
        ProcessInstance pi = instance(report);
        assertThat(screening.job(pi.getId(), "dueTimer").getDuedate().toInstant())
                .isEqualTo(ScreeningEngine.at(LocalDateTime.of(2027, 7, 7, 18, 0)).toInstant());
        assertThat(screening.job(pi.getId(), "supervisionTimer").getDuedate().toInstant())
                .isEqualTo(ScreeningEngine.at(LocalDateTime.of(2027, 7, 8, 18, 0)).toInstant());

        ScreeningEngine.clockAt(LocalDateTime.of(2027, 7, 7, 18, 1));
        screening.executeJob(pi.getId(), "dueTimer");

        Task task = reportTask(report);
        assertThat(task.getPriority()).isEqualTo(80);
        assertThat(tasks.getTaskComments(task.getId())).extracting(Comment::getFullMessage)
                .containsExactly("排查报告已逾期，请尽快填报");
        assertThat(screening.reload(report).remindedAt()).isNotNull();
        assertThat(pi).hasPassed("remind", "reminded").isWaitingAt("report");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("supervise").count()).isZero();

        ScreeningEngine.clockAt(LocalDateTime.of(2027, 7, 8, 18, 1));
        screening.executeJob(pi.getId(), "supervisionTimer");

        Task supervise = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("supervise")
                .singleResult();
        assertThat(supervise).hasName("督促排查报告").hasCandidateGroup("justice-office-" + KEJING);
        assertThat(tasks.createTaskQuery().taskCandidateUser("chensiyuan").taskId(supervise.getId()).count()).isOne();
        assertThat(screening.reload(report).supervisedAt()).isNotNull();

        // the village reports late: its report ends, and with it the supervision task
        submitAsZhangli(report, Map.of("zeroReport", true));
        assertThat(pi).isEnded();
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(screening.reload(report).status()).isEqualTo(ReportStatus.ZERO);
    }

    @Test
    void aSilentTownIsSupervisedByItsOwnJusticeOffice() {
        ScreeningRound monthly = screening.round(screening.runScheduleOn(LocalDate.of(2027, 7, 1)), "MONTHLY");
        ScreeningReport town = screening.report(monthly.id(), KEJING);
        ProcessInstance pi = instance(town);
        assertThat(reportTask(town)).hasCandidateGroup("committee-TC419001100");

        ScreeningEngine.clockAt(LocalDateTime.of(2027, 7, 6, 18, 1));
        screening.executeJob(pi.getId(), "dueTimer");
        ScreeningEngine.clockAt(LocalDateTime.of(2027, 7, 7, 18, 1));
        screening.executeJob(pi.getId(), "supervisionTimer");

        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("supervise").singleResult())
                .hasCandidateGroup("justice-office-" + KEJING);
        // the office records what it did; the town's report stays open
        Task supervise = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("supervise")
                .singleResult();
        tasks.complete(supervise.getId(), Map.of("supervisionNote", "已电话督促镇调委会刘洋主任，当日报送"));
        assertThat(pi).hasPassed("supervise", "supervised").isWaitingAt("report");
    }
}
