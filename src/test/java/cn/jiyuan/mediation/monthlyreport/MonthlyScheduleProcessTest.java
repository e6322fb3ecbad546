package cn.jiyuan.mediation.monthlyreport;

import static cn.jiyuan.mediation.monthlyreport.MonthlyScheduleVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * processes/monthly-schedule.bpmn alone, with the real {@link MonthlyScheduleDelegates} on a mocked
 * {@link MonthlyRounds}: the monthly timer (moved to by the engine clock) opens the month and starts every office's
 * report in a job of its own; the grassroots section's roll-up comes when the last office has reported, or at the
 * supervision time with late offices; a month opened before is not opened twice.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/monthly-schedule.bpmn")
class MonthlyScheduleProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(MonthlyScheduleProcessTest.class);

    private final MonthlyRounds rounds = mock(MonthlyRounds.class);
    private final MonthlyTimer timer = mock(MonthlyTimer.class);
    private final MonthlyPeriod may = MonthlyPeriod.of(YearMonth.of(2026, 5), new MonthlyReportProperties());

    @BeforeEach
    void beans() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-20T02:00:00Z")));
        when(timer.getCron()).thenReturn("0 0 9 25 * ?");
        MonthlyScheduleDelegates delegates = new MonthlyScheduleDelegates();
        Mocks.register("monthlyReportTimer", timer);
        Mocks.register("openMonthlyRound", delegates.openMonthlyRound(rounds));
        Mocks.register("startMonthlyReport", delegates.startMonthlyReport(rounds));
        Mocks.register("produceMonthlyRollup", delegates.produceMonthlyRollup(rounds));
        Mocks.register("recordMonthlyRollup", delegates.recordMonthlyRollup(rounds));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessEngine engine() {
        return ENGINE.getProcessEngine();
    }

    private ManagementService management() {
        return engine().getManagementService();
    }

    private Task rollupTask() {
        return engine().getTaskService().createTaskQuery().taskDefinitionKey("rollUp").singleResult();
    }

    private long passed(String activityId) {
        return engine().getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).count();
    }

    @Test
    void theMonthlyTimerOpensTheMonthAndTheRollUpFollowsTheLastReport() {
        when(rounds.open(isNull(), anyString())).thenReturn(Optional.of(
                new MonthlyRounds.Opened(5L, List.of("419001100", "419001001"), may)));
        Job timerJob = management().createJobQuery().timers().singleResult();
        assertThat(timerJob).as("the start timer waits for the opening day").isNotNull();

        ProcessTestEngine.moveClockAndExecute(management(), new Date(timerJob.getDuedate().getTime() + 1000));

        verify(rounds).startReport(5L, "419001100");
        verify(rounds).startReport(5L, "419001001");
        ProcessInstance month = engine().getRuntimeService().createProcessInstanceQuery().singleResult();
        assertThat(engine().getRuntimeService().getVariable(month.getId(), PERIOD_LABEL)).isEqualTo("2026年5月");
        assertThat(rollupTask()).as("the roll-up waits for the reports").isNull();
        assertThat(management().createJobQuery().timers().processInstanceId(month.getId()).singleResult().getDuedate())
                .isEqualTo(Date.from(may.supervisionAt().toInstant()));

        verify(rounds, never()).produceRollup(5L);
        engine().getRuntimeService().createMessageCorrelation(ALL_REPORTED_MESSAGE).processInstanceId(month.getId())
                .correlate();

        // produced when the last report came in, kept with the month: the task holds no text of its own
        verify(rounds).produceRollup(5L);
        Task rollup = rollupTask();
        assertThat(engine().getTaskService().createTaskQuery().taskId(rollup.getId())
                .taskCandidateGroup("grassroots-section").count()).isEqualTo(1);
        assertThat(engine().getTaskService().getVariables(rollup.getId())).doesNotContainKey(ROLLUP);
        assertThat(passed("produceRollup")).isEqualTo(1);
        engine().getIdentityService().setAuthenticatedUserId("zhaojiceng");
        try {
            engine().getTaskService().complete(rollup.getId(), Map.of(ROLLUP_OPINION, "全市形势平稳"));
        } finally {
            engine().getIdentityService().clearAuthentication();
        }
        verify(rounds).recordRollup(5L, "全市形势平稳", "zhaojiceng");
        assertThat(passed("allReported")).isEqualTo(1);
        assertThat(passed("rolledUp")).isEqualTo(1);
    }

    @Test
    void aMonthWithLateOfficesRollsUpAtTheSupervisionTime() {
        when(rounds.open(eq("2026-05"), anyString())).thenReturn(Optional.of(
                new MonthlyRounds.Opened(5L, List.of("419001100"), may)));
        ProcessInstance month = engine().getRuntimeService().createMessageCorrelation(CATCH_UP_MESSAGE)
                .setVariable(PERIOD, "2026-05").correlateStartMessage();
        ProcessTestEngine.executeDueJobs(management());
        verify(rounds).startReport(5L, "419001100");
        assertThat(rollupTask()).isNull();
        verify(rounds, never()).produceRollup(5L);

        ProcessTestEngine.moveClockAndExecute(management(), new Date(may.supervisionAt().toInstant().toEpochMilli() + 1000));

        // produced by the deadline's timer job, not when the task is opened
        verify(rounds).produceRollup(5L);
        assertThat(rollupTask()).as("the roll-up names whoever is still late").isNotNull();
        assertThat(passed("deadline")).isEqualTo(1);
        engine().getTaskService().complete(rollupTask().getId(), Map.of(ROLLUP_OPINION, "督促未报的司法所"));
        assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(month.getId()).count())
                .isZero();
    }

    @Test
    void aMonthOpenedBeforeIsNotOpenedTwice() {
        when(rounds.open(eq("2026-05"), anyString())).thenReturn(Optional.empty());

        ProcessInstance again = engine().getRuntimeService().createMessageCorrelation(CATCH_UP_MESSAGE)
                .setVariable(PERIOD, "2026-05").correlateStartMessage();

        assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(again.getId()).count())
                .isZero();
        assertThat(passed("alreadyOpenEnd")).isEqualTo(1);
        verify(rounds, never()).startReport(org.mockito.ArgumentMatchers.anyLong(), anyString());
    }
}
