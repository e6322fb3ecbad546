package cn.jiyuan.mediation.screening.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.campaign.CampaignProgress;
import cn.jiyuan.mediation.screening.campaign.CheckScreeningCampaignDelegate;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/screening-report.bpmn alone: the report with its two non-interrupting timers (reminder, then the
 * justice office's supervision), the found disputes registered one job each, and the campaign check.
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
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-04T10:00:00+08:00");

    private final JavaDelegate recordScreeningReport = mock(JavaDelegate.class);
    private final FoundDisputeCases foundCases = mock(FoundDisputeCases.class);
    private final ScreeningReminder reminder = mock(ScreeningReminder.class);
    private final ScreeningReportRepository reports = mock(ScreeningReportRepository.class);
    private final ScreeningClock clock = mock(ScreeningClock.class);
    private final CampaignProgress progress = mock(CampaignProgress.class);
    /** reportId seen by each run of the mocked recorder */
    private final List<Object> recorded = new ArrayList<>();

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        when(clock.now()).thenReturn(NOW);
        when(foundCases.register(anyLong())).thenReturn(Optional.empty());
        Mocks.register("recordScreeningReport", recordScreeningReport);
        Mocks.register("registerFoundDispute", new RegisterFoundDisputeDelegate(foundCases));
        Mocks.register("remindScreeningReport", new RemindScreeningReportDelegate(reminder));
        Mocks.register("escalateScreeningReport", new EscalateScreeningReportDelegate(reports, clock));
        Mocks.register("checkScreeningCampaign", new CheckScreeningCampaignDelegate(progress));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    /** The recorder returns these finding ids (as the real one does: strings) for registration as cases. */
    private void recorderFinds(String... findingIds) throws Exception {
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            recorded.add(execution.getVariable("reportId"));
            execution.setVariable("reportStatus", findingIds.length == 0 ? "ZERO" : "FINDINGS");
            execution.setVariable("findingsToRegister", List.of(findingIds));
            return null;
        }).when(recordScreeningReport).execute(any());
    }

    private ProcessInstance issue(String roundKind) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue("reportId", 501L)
                .putValue("roundId", 77L)
                .putValue("roundKind", roundKind)
                .putValue("committeeGroup", "committee-VC419001001001")
                .putValue("officeGroup", "justice-office-419001001")
                .putValue("unitName", "北海村人民调解委员会")
                .putValue("roundTitle", "12月2日每日排查")
                .putValue("dueText", "12月2日18时")
                .putValue("dueAt", DUE)
                .putValue("supervisionAt", SUPERVISION);
        return ENGINE.getProcessEngine().getRuntimeService().startProcessInstanceByKey("screening-report", variables);
    }

    @Test
    void zeroReportOfARoutineRoundIsRecordedAndEnds() throws Exception {
        recorderFinds();
        ProcessInstance instance = issue("DAILY");
        assertThat(instance).isWaitingAt("report").task().hasCandidateGroup("committee-VC419001001001");

        complete(task(instance));

        assertThat(instance).hasPassed("recordReport", "casesRegistered", "campaignChecked", "reported")
                .hasNotPassed("registerCases", "checkCampaign", "remind", "escalate").isEnded();
        assertThat(recorded).containsExactly(501L);
        verify(foundCases, never()).register(anyLong());
        verify(progress, never()).check(anyLong());
    }

    @Test
    void foundDisputesOfACampaignBecomeCasesOneJobEachThenTheCampaignIsChecked() throws Exception {
        recorderFinds("8001", "8002");
        ProcessInstance instance = issue("CAMPAIGN");

        complete(task(instance));
        assertThat(ProcessTestEngine.executeDueJobs(ENGINE.getProcessEngine().getManagementService()))
                .as("two registrations and the campaign check").isGreaterThanOrEqualTo(3);

        assertThat(instance).hasPassed("registerCases", "casesRegistered", "checkCampaign", "reported").isEnded();
        verify(foundCases).register(8001L);
        verify(foundCases).register(8002L);
        verify(progress).check(77L);
    }

    @Test
    void overdueReportIsRemindedThenSupervisedAndTheSupervisionEndsWithTheReport() throws Exception {
        recorderFinds();
        ProcessInstance instance = issue("WEEKLY");

        ProcessTestEngine.moveClockAndExecute(ENGINE.getProcessEngine().getManagementService(),
                new Date(DUE.getTime() + 60_000));
        assertThat(instance).hasPassed("dueTimer", "remind", "reminded").isWaitingAt("report");
        verify(reminder).remind(eq(501L), eq(instance.getId()));
        verify(reports, never()).markSupervised(anyLong(), any());

        ProcessTestEngine.moveClockAndExecute(ENGINE.getProcessEngine().getManagementService(),
                new Date(SUPERVISION.getTime() + 60_000));
        assertThat(instance).hasPassed("supervisionTimer", "escalate").isWaitingAt("report", "supervise");
        assertThat(taskQuery().taskDefinitionKey("supervise").singleResult()).isNotNull();
        assertThat(instance).task("supervise").hasCandidateGroup("justice-office-419001001");
        verify(reports).markSupervised(501L, NOW);

        // the supervisor's task is done first in one case ...
        complete(taskQuery().taskDefinitionKey("supervise").singleResult());
        assertThat(instance).hasPassed("supervised").isWaitingAt("report");
        // ... and the unit's report ends the instance in any case
        complete(taskQuery().taskDefinitionKey("report").singleResult());
        assertThat(instance).isEnded();
    }

    @Test
    void reportEndsAnOpenSupervision() throws Exception {
        recorderFinds();
        ProcessInstance instance = issue("MONTHLY");
        ProcessTestEngine.moveClockAndExecute(ENGINE.getProcessEngine().getManagementService(),
                new Date(SUPERVISION.getTime() + 60_000));
        assertThat(instance).isWaitingAt("report", "supervise");

        complete(taskQuery().taskDefinitionKey("report").singleResult());

        assertThat(instance).hasNotPassed("supervised").isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    }
}
