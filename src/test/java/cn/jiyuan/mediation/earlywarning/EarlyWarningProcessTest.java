package cn.jiyuan.mediation.earlywarning;

import static cn.jiyuan.mediation.earlywarning.EarlyWarningVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/early-warning.bpmn alone: the real {@link EarlyWarningDelegates} on a mocked {@link EarlyWarningService}
 * and {@link StabilityLedger}. Every job (the e-mails, one per recipient,
 * and any asynchronous continuation the model gains) is executed by the test.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/early-warning.bpmn")
class EarlyWarningProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(EarlyWarningProcessTest.class);

    private static final String CASE_NUMBER = "济调〔2026〕0042号";
    private static final long CASE = 42L;
    private static final String OFFICE = "justice-office-419001001";

    private final EarlyWarningService warnings = mock(EarlyWarningService.class);
    private final StabilityLedger ledger = mock(StabilityLedger.class);
    private final CaseRepository cases = mock(CaseRepository.class);
    private final List<String> warned = new ArrayList<>();
    private final List<String> reported = new ArrayList<>();

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        CaseFile file = mock(CaseFile.class);
        when(file.id()).thenReturn(CASE);
        when(cases.findByNumber(CASE_NUMBER)).thenReturn(Optional.of(file));
        CaseOfProcess caseOf = new CaseOfProcess(cases);
        EarlyWarningDelegates delegates = new EarlyWarningDelegates();
        Mocks.register("enterStabilityLedger", delegates.enterStabilityLedger(warnings, caseOf));
        Mocks.register("determineWarningRecipients", delegates.determineWarningRecipients(warnings, caseOf));
        Mocks.register("sendWarningMail", delegates.sendWarningMail(warnings, caseOf));
        Mocks.register("determineReportRecipients", delegates.determineReportRecipients(warnings, caseOf));
        Mocks.register("sendOutcomeMail", delegates.sendOutcomeMail(warnings, caseOf));
        Mocks.register("closeStabilityLedger", delegates.closeStabilityLedger(warnings, caseOf));
        Mocks.register("stabilityPlanForms", delegates.stabilityPlanForms(ledger, caseOf));

        when(warnings.warningRecipients(CASE, RiskLevel.HIGH)).thenReturn(List.of("党委|a@x.cn", "司法所|b@x.cn"));
        doAnswer(call -> warned.add(call.getArgument(1))).when(warnings).sendWarningMail(eq(CASE), anyString(),
                eq(MailKind.WARNING), eq(RiskLevel.HIGH), eq("受理登记时研判为高风险"), eq(REGISTERED_EVENT), anyString());
        when(warnings.outcomeReport(CASE, RiskLevel.HIGH)).thenReturn(
                new EarlyWarningService.OutcomeReport(RiskLevel.CRITICAL, "ended-1", List.of("党委|a@x.cn")));
        doAnswer(call -> reported.add(call.getArgument(1))).when(warnings).sendOutcomeMail(eq(CASE), anyString(),
                eq(RiskLevel.CRITICAL), eq("ended-1"), anyString());
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ENGINE.getProcessEngine().getIdentityService().clearAuthentication();
    }

    /** enterLedger decides whether the contingency plan is needed (major risk, none started yet). */
    private void contingencyNeeded(boolean needed) {
        when(warnings.enterLedger(CASE, RiskLevel.HIGH, "受理登记时研判为高风险")).thenReturn(needed);
    }

    /** As EarlyWarningService.start: business key = case number; tracking and caseEnded decided there. */
    private ProcessInstance warn(boolean tracking, boolean caseEnded) {
        ProcessInstance instance = ENGINE.getProcessEngine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                CASE_NUMBER, Variables.createVariables()
                        .putValue(CASE_ID, CASE).putValue(CASE_NUMBER, CASE_NUMBER)
                        .putValue(RISK_LEVEL, RiskLevel.HIGH.name())
                        .putValue(REASON, "受理登记时研判为高风险").putValue(TOWN_CODE, "419001001")
                        .putValue(EVENT_ID, REGISTERED_EVENT).putValue(WARNING_KIND, "WARNING")
                        .putValue(TRACKING, tracking).putValue(CASE_ENDED, caseEnded)
                        .putValue(JUSTICE_OFFICE_GROUP, OFFICE));
        ProcessTestEngine.executeDueJobs(ENGINE.getProcessEngine().getManagementService());
        return instance;
    }

    private void caseEnds(ProcessInstance instance) {
        ENGINE.getProcessEngine().getRuntimeService().createMessageCorrelation(CASE_ENDED_MESSAGE)
                .processInstanceBusinessKey(CASE_NUMBER)
                .setVariable(CASE_STATUS, "CLOSED").setVariable(CASE_OUTCOME, "AGREEMENT_WRITTEN").correlate();
        ProcessTestEngine.executeDueJobs(ENGINE.getProcessEngine().getManagementService());
    }

    /** Completes the task, then runs the jobs that follow (any step of the model may become asynchronous). */
    private void completeAndRun(Task task, java.util.Map<String, Object> variables) {
        complete(task, variables);
        ProcessTestEngine.executeDueJobs(ENGINE.getProcessEngine().getManagementService());
    }

    private Task task(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    @Test
    void majorRiskStartsTheContingencyPlanAndIsFollowedUntilTheCaseEnds() {
        contingencyNeeded(true);
        ProcessInstance instance = warn(true, false);

        assertThat(warned).containsExactlyInAnyOrder("党委|a@x.cn", "司法所|b@x.cn");
        assertThat(instance).isWaitingAt("activateContingencyPlan", "recordInstructions", "awaitCaseEnd", "reportJoin");
        assertThat(instance).task("activateContingencyPlan").hasCandidateGroup(OFFICE);

        ENGINE.getProcessEngine().getIdentityService().setAuthenticatedUserId("wang.sifasuo");
        completeAndRun(task("activateContingencyPlan"), withVariables(MEASURES, "专人稳控", RESPONSIBLE_PERSON, "王所长",
                CONTINGENCY_PLAN, "启动三级响应"));
        verify(ledger).recordContingencyPlan(eq(CASE), eq("专人稳控"), eq("王所长"), eq("启动三级响应"),
                eq("wang.sifasuo"), any());
        assertThat(ENGINE.getProcessEngine().getRuntimeService().getVariables(instance.getId()))
                .as("the plan's free text is in the ledger only").doesNotContainKeys(PLAN_FIELDS.toArray(String[]::new));
        completeAndRun(task("recordInstructions"), withVariables(INSTRUCTIONS, "妥善化解", INSTRUCTED_BY, "镇党委"));
        verify(ledger).recordInstructions(eq(CASE), eq("妥善化解"), eq("镇党委"), eq("wang.sifasuo"), any());
        assertThat(instance).hasPassed("contingencyActivated").isWaitingAt("recordJointHandling", "awaitCaseEnd");
        verify(warnings, never()).outcomeReport(anyLong(), any());

        // the case ends before the joint handling is recorded: the follow-up ends, the outcome is reported
        caseEnds(instance);

        assertThat(instance).hasPassed("awaitCaseEnd", "caseEnded", "determineReportRecipients", "sendOutcomeMail",
                "closeLedger", "reported").hasNotPassed("handlingRecorded").isEnded();
        assertThat(reported).containsExactly("党委|a@x.cn");
        verify(ledger, never()).recordJointHandling(anyLong(), anyString(), anyString(), anyString(), any());
        verify(warnings).closeLedger(CASE);
    }

    @Test
    void instructionsAndJointHandlingRecordedBeforeTheCaseEnds() {
        contingencyNeeded(false);
        ProcessInstance instance = warn(true, false);
        assertThat(instance).hasPassed("noContingencyEnd").isWaitingAt("recordInstructions", "awaitCaseEnd");

        completeAndRun(task("recordInstructions"), withVariables(INSTRUCTIONS, "依法处置", INSTRUCTED_BY, "镇政府"));
        completeAndRun(task("recordJointHandling"), withVariables(JOINT_HANDLING, "会同派出所疏导", JOINT_DEPARTMENTS, "公安、综治"));
        assertThat(instance).hasPassed("handlingRecorded").isWaitingAt("awaitCaseEnd");
        verify(ledger).recordJointHandling(eq(CASE), eq("会同派出所疏导"), eq("公安、综治"), anyString(), any());

        caseEnds(instance);

        assertThat(instance).hasPassed("caseEnded", "reported").isEnded();
        verify(warnings).closeLedger(CASE);
    }

    @Test
    void caseAlreadyEndedIsReportedWithoutWaiting() {
        contingencyNeeded(false);
        ProcessInstance instance = warn(true, true);

        assertThat(instance).hasPassed("caseEnded", "warningsSentGateway", "reported")
                .hasNotPassed("awaitCaseEnd", "recordJointHandling").isEnded();
        assertThat(warned).hasSize(2);
        assertThat(reported).containsExactly("党委|a@x.cn");
        assertThat(taskQuery().processInstanceId(instance.getId()).count())
                .as("the instructions task ended with the follow-up").isZero();
    }

    @Test
    void escalationOfATrackedCaseOnlyWarns() {
        contingencyNeeded(false);
        ProcessInstance instance = warn(false, false);

        assertThat(instance).hasPassed("notTrackingEnd", "warningsSentEnd", "noContingencyEnd")
                .hasNotPassed("followCase", "reportJoin").isEnded();
        assertThat(warned).containsExactlyInAnyOrder("党委|a@x.cn", "司法所|b@x.cn");
        verify(warnings).enterLedger(CASE, RiskLevel.HIGH, "受理登记时研判为高风险");
        verify(warnings, never()).outcomeReport(anyLong(), any());
        verify(warnings, never()).closeLedger(anyLong());
    }
}
