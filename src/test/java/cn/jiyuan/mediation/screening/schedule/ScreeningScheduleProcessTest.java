package cn.jiyuan.mediation.screening.schedule;

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

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.report.ReportStarter;
import cn.jiyuan.mediation.screening.report.StartScreeningReportsDelegate;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/screening-schedule.bpmn alone: the daily timer and the catch-up message both plan the day's rounds
 * (real delegate, mocked {@link ScreeningSchedule}) and issue one job per batch (mocked {@link ReportStarter}).
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/screening-schedule.bpmn")
class ScreeningScheduleProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(ScreeningScheduleProcessTest.class);

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final ScreeningSchedule schedule = mock(ScreeningSchedule.class);
    private final ScreeningClock clock = mock(ScreeningClock.class);
    private final ReportStarter starter = mock(ReportStarter.class);
    private final ScheduleTimer timer = mock(ScheduleTimer.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        when(clock.today()).thenReturn(TODAY);
        when(timer.getCron()).thenReturn("0 0 8 * * ?");
        Mocks.register("screeningScheduleTimer", timer);
        Mocks.register("planScreeningRounds", new PlanScreeningRoundsDelegate(schedule, clock));
        Mocks.register("startScreeningReports", new StartScreeningReportsDelegate(starter));
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
        when(schedule.plan(day)).thenReturn(new ScreeningSchedule.DayPlan(day, List.of(41L, 42L), List.of("1,2,3", "4")));

        ProcessInstance instance = runtime().createMessageCorrelation("screeningScheduleCatchUp")
                .setVariable("screeningDate", day.toString()).correlateStartMessage();

        // each batch waits as its own job: nothing issued inside the message's transaction
        assertThat(instance).isWaitingAt("startReports");
        assertThat(runtime().getVariable(instance.getId(), "roundIds")).isEqualTo(List.of("41", "42"));
        assertThat(ProcessTestEngine.executeDueJobs(management())).isGreaterThanOrEqualTo(2);

        assertThat(instance).hasPassed("catchUp", "planRounds", "startReports", "reportsIssued").isEnded();
        verify(starter).start(List.of(1L, 2L, 3L));
        verify(starter).start(List.of(4L));
    }

    @Test
    void dailyTimerPlansTodayWhenItFires() {
        when(schedule.plan(TODAY)).thenReturn(new ScreeningSchedule.DayPlan(TODAY, List.of(7L), List.of("9")));
        Job daily = management().createJobQuery().timers().singleResult();
        assertThat(daily).as("the timer start event waits for the next 08:00").isNotNull();

        ProcessTestEngine.moveClockAndExecute(management(), new Date(daily.getDuedate().getTime() + 60_000));

        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("everyMorning").count()).isEqualTo(1);
        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("reportsIssued").count()).isEqualTo(1);
        verify(schedule).plan(TODAY);
        verify(starter).start(List.of(9L));
        assertThat(management().createJobQuery().timers().singleResult().getDuedate())
                .as("the next morning's timer").isAfter(daily.getDuedate());
    }
}
