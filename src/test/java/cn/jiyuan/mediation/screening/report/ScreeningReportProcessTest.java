package cn.jiyuan.mediation.screening.report;

import static cn.jiyuan.mediation.screening.report.ScreeningReportVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.intake.CaseIntakeResult;
import cn.jiyuan.mediation.screening.campaign.CampaignProgress;
import cn.jiyuan.mediation.screening.campaign.ScreeningCampaignDelegates;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/screening-report.bpmn alone, with the real {@link ScreeningReportDelegates} and the campaign check of
 * {@link ScreeningCampaignDelegates} on mocked services: the report with its two non-interrupting timers (reminder,
 * then the justice office's supervision), the found disputes registered one job each, and the campaign check.
 * Recording the submitted form is mocked as a whole (its reader and recorder have their own tests).
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/screening-report.bpmn")
class ScreeningReportProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(ScreeningReportProcessTest.class);

    private static final Instant ISSUED = Instant.parse("2026-12-01T00:00:00Z");
    private static final Date DUE = Date.from(ISSUED.plusSeconds(86_400));
    private static final Date SUPERVISION = Date.from(ISSUED.plusSeconds(3 * 86_400));
    /** A field of the report form: the delegate removes the submitted fields once recorded. */
    private static final String ZERO_REPORT = "zeroReport";

    private final ScreeningReportRecorder recorder = mock(ScreeningReportRecorder.class);
    private final FormCatalog forms = mock(FormCatalog.class);
    private final FoundDisputeCases foundCases = mock(FoundDisputeCases.class);
    private final ScreeningReminder reminder = mock(ScreeningReminder.class);
    private final CampaignProgress progress = mock(CampaignProgress.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        when(forms.submitted(eq(ScreeningReportDelegates.FORM), any())).thenAnswer(call -> {
            Map<String, Object> form = new java.util.LinkedHashMap<>();
            form.put(ZERO_REPORT, call.<VariableScope>getArgument(1).getVariable(ZERO_REPORT));
            return form;
        });
        when(foundCases.register(anyLong())).thenReturn(Optional.empty());
        ScreeningReportDelegates delegates = new ScreeningReportDelegates();
        Mocks.register("recordScreeningReport", delegates.recordScreeningReport(recorder, forms));
        Mocks.register("registerFoundDispute", delegates.registerFoundDispute(foundCases));
        Mocks.register("remindScreeningReport", delegates.remindScreeningReport(reminder));
        Mocks.register("escalateScreeningReport", delegates.escalateScreeningReport(reminder));
        Mocks.register("checkScreeningCampaign", new ScreeningCampaignDelegates().checkScreeningCampaign(progress));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** The recorder returns these finding ids for registration as cases (none: a zero report). */
    private void recorderFinds(Long... findingIds) {
        when(recorder.recordSubmitted(eq(501L), any())).thenReturn(new ScreeningReportRecorder.Recorded(
                findingIds.length == 0 ? ReportStatus.ZERO : ReportStatus.REPORTED, List.of(findingIds)));
    }

    private ProcessInstance issue(String roundKind) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue(REPORT_ID, 501L)
                .putValue(ROUND_ID, 77L)
                .putValue(ROUND_KIND, roundKind)
                .putValue(COMMITTEE_GROUP, "committee-VC419001001001")
                .putValue(OFFICE_GROUP, "justice-office-419001001")
                .putValue(UNIT_NAME, "北海村人民调解委员会")
                .putValue(ROUND_TITLE, "12月2日每日排查")
                .putValue(DUE_TEXT, "12月2日18时")
                .putValue(DUE_AT, DUE)
                .putValue(SUPERVISION_AT, SUPERVISION);
        return ENGINE.getProcessEngine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
    }

    @Test
    void zeroReportOfARoutineRoundIsRecordedAndEnds() {
        recorderFinds();
        ProcessInstance instance = issue("DAILY");
        assertThat(instance).isWaitingAt("report").task().hasCandidateGroup("committee-VC419001001001");

        complete(task(instance), Map.of(ZERO_REPORT, true));

        assertThat(instance).hasPassed("recordReport", "casesRegistered", "campaignChecked", "reported")
                .hasNotPassed("registerCases", "checkCampaign", "remind", "escalate").isEnded();
        verify(recorder).recordSubmitted(501L, Map.of(ZERO_REPORT, true));
        assertThat(historicVariable(instance, REPORT_STATUS)).isEqualTo("ZERO");
        assertThat(historicVariable(instance, ZERO_REPORT)).as("the form's fields are removed once recorded").isNull();
        verify(foundCases, never()).register(anyLong());
        verify(progress, never()).check(anyLong());
    }

    @Test
    void foundDisputesOfACampaignBecomeCasesOneJobEachThenTheCampaignIsChecked() {
        recorderFinds(8001L, 8002L);
        CaseIntakeResult registered = mock(CaseIntakeResult.class);
        when(registered.caseNumber()).thenReturn("济调〔2026〕0101号");
        when(foundCases.register(8001L)).thenReturn(Optional.of(registered));
        ProcessInstance instance = issue("CAMPAIGN");

        complete(task(instance));
        assertThat(ENGINE.getProcessEngine().getRuntimeService().getVariable(instance.getId(), FINDINGS_TO_REGISTER))
                .isEqualTo(List.of("8001", "8002"));
        assertThat(ProcessTestEngine.executeDueJobs(ENGINE.getProcessEngine().getManagementService()))
                .as("two registrations and the campaign check").isGreaterThanOrEqualTo(3);

        assertThat(instance).hasPassed("registerCases", "casesRegistered", "checkCampaign", "reported").isEnded();
        verify(foundCases).register(8001L);
        verify(foundCases).register(8002L);
        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(CASE_NUMBER).list())
                .as("the registration of 8001 keeps its case number (8002 needed no case)")
                .extracting(v -> v.getValue()).containsExactly("济调〔2026〕0101号");
        verify(progress).check(77L);
    }

    @Test
    void overdueReportIsRemindedThenSupervisedAndTheSupervisionEndsWithTheReport() {
        recorderFinds();
        ProcessInstance instance = issue("WEEKLY");

        ProcessTestEngine.moveClockAndExecute(ENGINE.getProcessEngine().getManagementService(),
                new Date(DUE.getTime() + 60_000));
        assertThat(instance).hasPassed("dueTimer", "remind", "reminded").isWaitingAt("report");
        verify(reminder).remind(eq(501L), eq(instance.getId()));
        verify(reminder, never()).supervise(anyLong());

        ProcessTestEngine.moveClockAndExecute(ENGINE.getProcessEngine().getManagementService(),
                new Date(SUPERVISION.getTime() + 60_000));
        assertThat(instance).hasPassed("supervisionTimer", "escalate").isWaitingAt("report", "supervise");
        assertThat(taskQuery().taskDefinitionKey("supervise").singleResult()).isNotNull();
        assertThat(instance).task("supervise").hasCandidateGroup("justice-office-419001001");
        verify(reminder).supervise(501L);

        // the supervisor's task is done first in one case ...
        complete(taskQuery().taskDefinitionKey("supervise").singleResult());
        assertThat(instance).hasPassed("supervised").isWaitingAt("report");
        // ... and the unit's report ends the instance in any case
        complete(taskQuery().taskDefinitionKey("report").singleResult());
        assertThat(instance).isEnded();
    }

    @Test
    void reportEndsAnOpenSupervision() {
        recorderFinds();
        ProcessInstance instance = issue("MONTHLY");
        ProcessTestEngine.moveClockAndExecute(ENGINE.getProcessEngine().getManagementService(),
                new Date(SUPERVISION.getTime() + 60_000));
        assertThat(instance).isWaitingAt("report", "supervise");

        complete(taskQuery().taskDefinitionKey("report").singleResult());

        assertThat(instance).hasNotPassed("supervised").isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private static Object historicVariable(ProcessInstance instance, String name) {
        var variable = ENGINE.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }
}
