package cn.jiyuan.mediation.screening.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static cn.jiyuan.mediation.screening.campaign.ScreeningCampaignVariables.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
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
import cn.jiyuan.mediation.screening.ScreeningDueDates;
import cn.jiyuan.mediation.screening.report.ReportStarter;
import cn.jiyuan.mediation.screening.report.ScreeningReportDelegates;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/screening-campaign.bpmn alone, with the real {@link ScreeningCampaignDelegates} and the batch delegate of
 * {@link ScreeningReportDelegates} on mocked services: the reports are issued one job per batch, then the campaign
 * waits for "all reported" or its deadline, whichever comes first, and the initiator summarizes the roll-up.
 * Planning (reading the start form and the permissions) is mocked as a whole.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/screening-campaign.bpmn")
class ScreeningCampaignProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(ScreeningCampaignProcessTest.class);

    private static final Date DUE = Date.from(java.time.Instant.parse("2026-12-10T10:00:00Z"));

    private final CampaignPlanner planner = mock(CampaignPlanner.class);
    private final ReportStarter starter = mock(ReportStarter.class);
    private final CampaignRollup rollup = mock(CampaignRollup.class);
    private final CampaignSummary summary = mock(CampaignSummary.class);
    /** who was the engine's user when the summary was recorded */
    private final List<String> summarizedBy = new ArrayList<>();

    @BeforeEach
    void beans() throws Exception {
        ProcessEngine engine = ENGINE.getProcessEngine();
        BpmnAwareTests.init(engine);
        when(rollup.text(90L)).thenReturn("应报12个单位，已报10个；发现矛盾纠纷3件");
        when(planner.planStarted(any(), eq("zhang.kezhang"), any())).thenReturn(new CampaignPlanner.CampaignPlan(90L, 12,
                new ScreeningDueDates.Due(ScreeningClock.toOffset(DUE), null), List.of("1,2,3", "4,5")));
        doAnswer(call -> summarizedBy.add(engine.getIdentityService().getCurrentAuthentication().getUserId()))
                .when(summary).record(anyLong(), any());
        ScreeningCampaignDelegates delegates = new ScreeningCampaignDelegates();
        Mocks.register("planScreeningCampaign", delegates.planScreeningCampaign(planner));
        Mocks.register("startScreeningReports", new ScreeningReportDelegates().startScreeningReports(starter));
        Mocks.register("showCampaignRollup", delegates.showCampaignRollup(rollup));
        Mocks.register("recordCampaignSummary", delegates.recordCampaignSummary(summary));
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
                .startProcessInstanceByKey(PROCESS_KEY, withVariables(TOPIC, "春节前矛盾纠纷专项排查"));
        identity.clearAuthentication();
        assertThat(instance).isWaitingAt("dispatchReports");
        assertThat(instance).variables().containsEntry(ROUND_ID, 90L).containsEntry(EXPECTED_UNITS, 12)
                .containsEntry(DUE_AT, DUE).containsEntry(BATCHES, List.of("1,2,3", "4,5"));
        verify(planner).planStarted(any(), eq("zhang.kezhang"), eq(instance.getId()));
        ProcessTestEngine.executeDueJobs(ENGINE.getProcessEngine().getManagementService());
        verify(starter).start(List.of(1L, 2L, 3L));
        verify(starter).start(List.of(4L, 5L));
        assertThat(instance).isWaitingAt("awaitReports");
        return instance;
    }

    private void summarize(ProcessInstance instance) {
        assertThat(instance).task("summarize").isAssignedTo("zhang.kezhang");
        assertThat(ENGINE.getProcessEngine().getTaskService().getVariableLocal(task(instance).getId(), ROLLUP))
                .isEqualTo("应报12个单位，已报10个；发现矛盾纠纷3件");
        IdentityService identity = ENGINE.getProcessEngine().getIdentityService();
        identity.setAuthenticatedUserId("zhang.kezhang");
        complete(task(instance), withVariables(SUMMARY_OPINION, "各单位按时报送，重点跟进3件"));
        identity.clearAuthentication();
    }

    @Test
    void allUnitsReportedBeforeTheDeadline() {
        ProcessInstance instance = startAndIssue();

        ENGINE.getProcessEngine().getRuntimeService().createMessageCorrelation(ALL_REPORTED_MESSAGE)
                .processInstanceId(instance.getId()).correlate();
        summarize(instance);

        assertThat(instance).hasPassed("allReported", "summarize", "recordSummary", "campaignDone")
                .hasNotPassed("deadlineReached").isEnded();
        verify(summary).record(90L, "各单位按时报送，重点跟进3件");
        assertThat(summarizedBy).containsExactly("zhang.kezhang");
    }

    @Test
    void deadlineReachedWithUnitsMissing() {
        ProcessInstance instance = startAndIssue();

        ProcessTestEngine.moveClockAndExecute(ENGINE.getProcessEngine().getManagementService(),
                new Date(DUE.getTime() + 60_000));
        assertThat(instance).hasPassed("deadlineReached").isWaitingAt("summarize");
        summarize(instance);

        assertThat(instance).hasNotPassed("allReported").hasPassed("campaignDone").isEnded();
        verify(summary).record(90L, "各单位按时报送，重点跟进3件");
        assertThat(summarizedBy).containsExactly("zhang.kezhang");
    }
}
