package cn.jiyuan.mediation.awareness;

import static cn.jiyuan.mediation.awareness.AwarenessScanVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/awareness-scan.bpmn alone: the hourly timer runs the scan (real {@link AwarenessScanDelegates}, mocked
 * {@link AwarenessScan}) in a job of its own, records its counts, and waits for the next hour; a failing scan is
 * retried and becomes an incident.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/awareness-scan.bpmn")
class AwarenessScanProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(AwarenessScanProcessTest.class);

    private final AwarenessScan scan = mock(AwarenessScan.class);
    private final ScanTimer timer = mock(ScanTimer.class);

    @BeforeEach
    void beans() {
        when(timer.getCycle()).thenReturn("0 10 * * * ?");
        Mocks.register("awarenessScanTimer", timer);
        Mocks.register("scanAwareness", new AwarenessScanDelegates().scanAwareness(scan));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ManagementService management() {
        return ENGINE.getProcessEngine().getManagementService();
    }

    private HistoryService history() {
        return ENGINE.getProcessEngine().getHistoryService();
    }

    @Test
    void theHourlyTimerScansAndWaitsForTheNextHour() {
        when(scan.run(any())).thenReturn(new AwarenessScan.Result(List.of("HOTSPOT_TOWN:419001100::7D"), 3));
        Job hourly = management().createJobQuery().timers().singleResult();
        assertThat(hourly).as("the timer start event waits for minute 10 of the hour").isNotNull();

        ProcessTestEngine.moveClockAndExecute(management(), new Date(hourly.getDuedate().getTime() + 1_000));

        verify(scan, times(1)).run(any());
        assertThat(history().createHistoricActivityInstanceQuery().activityId("scanned").count()).isEqualTo(1);
        assertThat(history().createHistoricVariableInstanceQuery().variableName(ALERTS_FOUND).singleResult()
                .getValue()).isEqualTo(3);
        assertThat(history().createHistoricVariableInstanceQuery().variableName(ALERTS_OPENED).singleResult()
                .getValue()).isEqualTo(1);
        Job next = management().createJobQuery().timers().singleResult();
        assertThat(next.getDuedate().getTime() - hourly.getDuedate().getTime()).as("one hour later")
                .isEqualTo(3_600_000L);
    }

    @Test
    void aFailingScanIsRetriedAndThenAnIncident() {
        when(scan.run(any())).thenThrow(new IllegalStateException("数据库暂时无法连接"));
        Job hourly = management().createJobQuery().timers().singleResult();
        ClockUtil.setCurrentTime(new Date(hourly.getDuedate().getTime() + 1_000));
        management().executeJob(hourly.getId());

        Job scanJob = management().createJobQuery().activityId("scan").singleResult();
        assertThat(scanJob).as("the scan waits as a job of its own").isNotNull();
        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = management().createJobQuery().activityId("scan").singleResult();
            ClockUtil.setCurrentTime(new Date(Math.max(ClockUtil.getCurrentTime().getTime(),
                    job.getDuedate() == null ? 0 : job.getDuedate().getTime()) + 1_000));
            try {
                management().executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the engine keeps the job with one retry less
            }
        }
        assertThat(management().createJobQuery().activityId("scan").singleResult().getRetries()).isZero();
        assertThat(ENGINE.getProcessEngine().getRuntimeService().createIncidentQuery().activityId("scan").count())
                .isEqualTo(1);
        verify(scan, times(3)).run(any());

        // so that the class covers the whole model: the scan succeeds when the job is retried by hand
        org.mockito.Mockito.reset(scan);
        when(scan.run(any())).thenReturn(new AwarenessScan.Result(List.of(), 0));
        Job failed = management().createJobQuery().activityId("scan").singleResult();
        management().setJobRetries(failed.getId(), 1);
        management().executeJob(failed.getId());
        assertThat(history().createHistoricActivityInstanceQuery().activityId("scanned").count()).isEqualTo(1);
    }
}
