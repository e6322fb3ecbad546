package cn.jiyuan.mediation.screening.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.report.ReportStarter;
import cn.jiyuan.mediation.screening.report.StartScreeningReportsDelegate;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/screening-campaign.bpmn alone: the reports are issued one job per batch, then the campaign waits for
 * "all reported" or its deadline, whichever comes first, and the initiator summarizes the roll-up. Planning (reading
 * the start form and the permissions) is mocked as a whole.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/screening-campaign.bpmn")
class ScreeningCampaignProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(ScreeningCampaignProcessTest.class);

    private static final Date DUE = Date.from(java.time.Instant.parse("2026-12-10T10:00:00Z"));
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-11T09:00:00+08:00");

    private final JavaDelegate planScreeningCampaign = mock(JavaDelegate.class);
    private final ReportStarter starter = mock(ReportStarter.class);
    private final CampaignRollup rollup = mock(CampaignRollup.class);
    private final ScreeningRoundRepository rounds = mock(ScreeningRoundRepository.class);
    private final ScreeningClock clock = mock(ScreeningClock.class);

    @BeforeEach
    void beans() throws Exception {
        ProcessEngine engine = ENGINE.getProcessEngine();
        BpmnAwareTests.init(engine);
        when(clock.now()).thenReturn(NOW);
        when(rollup.text(90L)).thenReturn("应报12个单位，已报10个；发现矛盾纠纷3件");
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable("roundId", 90L);
            execution.setVariable("expectedUnits", 12);
            execution.setVariable("dueAt", DUE);
            execution.setVariable("batches", List.of("1,2,3", "4,5"));
            return null;
        }).when(planScreeningCampaign).execute(any());
        Mocks.register("planScreeningCampaign", planScreeningCampaign);
        Mocks.register("startScreeningReports", new StartScreeningReportsDelegate(starter));
        Mocks.register("showCampaignRollup", new ShowCampaignRollupListener(rollup));
        Mocks.register("recordCampaignSummary", new RecordCampaignSummaryDelegate(rounds, engine.getIdentityService(), clock));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ENGINE.getProcessEngine().getIdentityService().clearAuthentication();
    }

    /** Started by a section chief in Tasklist; the reports go out, one job per batch. */
    private ProcessInstance startAndIssue() {
        IdentityService identity = ENGINE.getProcessEngine().getIdentityService();
        identity.setAuthenticatedUserId("zhang.kezhang");
        ProcessInstance instance = ENGINE.getProcessEngine().getRuntimeService()
                .startProcessInstanceByKey("screening-campaign", withVariables("topic", "春节前矛盾纠纷专项排查"));
        identity.clearAuthentication();
        assertThat(instance).isWaitingAt("dispatchReports");
        ProcessTestEngine.executeDueJobs(ENGINE.getProcessEngine().getManagementService());
        verify(starter).start(List.of(1L, 2L, 3L));
        verify(starter).start(List.of(4L, 5L));
        assertThat(instance).isWaitingAt("awaitReports");
        return instance;
    }

    private void summarize(ProcessInstance instance) {
        assertThat(instance).task("summarize").isAssignedTo("zhang.kezhang");
        assertThat(ENGINE.getProcessEngine().getTaskService().getVariableLocal(task(instance).getId(), "rollup"))
                .isEqualTo("应报12个单位，已报10个；发现矛盾纠纷3件");
        IdentityService identity = ENGINE.getProcessEngine().getIdentityService();
        identity.setAuthenticatedUserId("zhang.kezhang");
        complete(task(instance), withVariables("summaryOpinion", "各单位按时报送，重点跟进3件"));
        identity.clearAuthentication();
    }

    @Test
    void allUnitsReportedBeforeTheDeadline() {
        ProcessInstance instance = startAndIssue();

        ENGINE.getProcessEngine().getRuntimeService().createMessageCorrelation(CampaignProgress.ALL_REPORTED)
                .processInstanceId(instance.getId()).correlate();
        summarize(instance);

        assertThat(instance).hasPassed("allReported", "summarize", "recordSummary", "campaignDone")
                .hasNotPassed("deadlineReached").isEnded();
        verify(rounds).saveSummary(90L, "各单位按时报送，重点跟进3件", "zhang.kezhang", NOW);
    }

    @Test
    void deadlineReachedWithUnitsMissing() {
        ProcessInstance instance = startAndIssue();

        ProcessTestEngine.moveClockAndExecute(ENGINE.getProcessEngine().getManagementService(),
                new Date(DUE.getTime() + 60_000));
        assertThat(instance).hasPassed("deadlineReached").isWaitingAt("summarize");
        summarize(instance);

        assertThat(instance).hasNotPassed("allReported").hasPassed("campaignDone").isEnded();
        verify(rounds).saveSummary(90L, "各单位按时报送，重点跟进3件", "zhang.kezhang", NOW);
    }
}
