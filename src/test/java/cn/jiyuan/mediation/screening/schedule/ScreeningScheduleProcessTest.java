package cn.jiyuan.mediation.screening.schedule;

import static cn.jiyuan.mediation.screening.schedule.ScreeningScheduleVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
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

import cn.jiyuan.mediation.screening.report.ReportStarter;
import cn.jiyuan.mediation.screening.report.ScreeningReportDelegates;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/screening-schedule.bpmn alone: the daily timer and the catch-up message both plan the day's rounds
 * (real {@link ScreeningScheduleDelegates}, mocked {@link ScreeningSchedule}) and issue one job per batch (real
 * {@link ScreeningReportDelegates#startScreeningReports}, mocked {@link ReportStarter}).
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/screening-schedule.bpmn")
class ScreeningScheduleProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(ScreeningScheduleProcessTest.class);

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final ScreeningSchedule schedule = mock(ScreeningSchedule.class);
    private final ReportStarter starter = mock(ReportStarter.class);
    private final ScheduleTimer timer = mock(ScheduleTimer.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        when(timer.getCron()).thenReturn("0 0 8 * * ?");
        Mocks.register("screeningScheduleTimer", timer);
        Mocks.register("planScreeningRounds", new ScreeningScheduleDelegates().planScreeningRounds(schedule));
        Mocks.register("startScreeningReports", new ScreeningReportDelegates().startScreeningReports(starter));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    private RuntimeService runtime() {
        return ENGINE.getProcessEngine().getRuntimeService();
    }

    private ManagementService management() {
        return ENGINE.getProcessEngine().getManagementService();
    }

    @Test
    void catchUpMessageIssuesTheGivenDayInBatchJobs() {
        LocalDate day = TODAY.minusDays(2);
        when(schedule.planGiven(day.toString()))
                .thenReturn(new ScreeningSchedule.DayPlan(day, List.of(41L, 42L), List.of("1,2,3", "4")));

        ProcessInstance instance = runtime().createMessageCorrelation(CATCH_UP_MESSAGE)
                .setVariable(SCREENING_DATE, day.toString()).correlateStartMessage();

        // each batch waits as its own job: nothing issued inside the message's transaction
        assertThat(instance).isWaitingAt("startReports");
        assertThat(runtime().getVariable(instance.getId(), ROUND_IDS)).isEqualTo(List.of("41", "42"));
        assertThat(runtime().getVariable(instance.getId(), SCREENING_DATE)).isEqualTo(day.toString());
        assertThat(ProcessTestEngine.executeDueJobs(management())).isGreaterThanOrEqualTo(2);

        assertThat(instance).hasPassed("catchUp", "planRounds", "startReports", "reportsIssued").isEnded();
        verify(starter).start(List.of(1L, 2L, 3L));
        verify(starter).start(List.of(4L));
    }

    @Test
    void dailyTimerPlansTodayWhenItFires() {
        // no screeningDate: the schedule plans today
        when(schedule.planGiven(null)).thenReturn(new ScreeningSchedule.DayPlan(TODAY, List.of(7L), List.of("9")));
        Job daily = management().createJobQuery().timers().singleResult();
        assertThat(daily).as("the timer start event waits for the next 08:00").isNotNull();

        ProcessTestEngine.moveClockAndExecute(management(), new Date(daily.getDuedate().getTime() + 60_000));

        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("everyMorning").count()).isEqualTo(1);
        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("reportsIssued").count()).isEqualTo(1);
        verify(schedule).planGiven(null);
        verify(starter).start(List.of(9L));
        assertThat(management().createJobQuery().timers().singleResult().getDuedate())
                .as("the next morning's timer").isAfter(daily.getDuedate());
    }
}
