package cn.jiyuan.mediation.screening.schedule;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Service task "确定今日排查轮次" of {@code screening-schedule}: opens the rounds of {@code screeningDate}
 * (given when started by hand, e.g. to catch up a missed day; otherwise today) and hands their reports
 * to the next activity in batches.
 */
@Component("planScreeningRounds")
public class PlanScreeningRoundsDelegate implements JavaDelegate {

    private final ScreeningSchedule schedule;
    private final ScreeningClock clock;

    public PlanScreeningRoundsDelegate(ScreeningSchedule schedule, ScreeningClock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate day = day(execution.getVariable(ScreeningScheduleVariables.SCREENING_DATE));
        ScreeningSchedule.DayPlan plan = schedule.plan(day);
        execution.setVariable(ScreeningScheduleVariables.SCREENING_DATE, day.toString());
        execution.setVariable(ScreeningScheduleVariables.ROUND_IDS, plan.roundIds().stream().map(String::valueOf).toList());
        execution.setVariable(ScreeningScheduleVariables.BATCHES, plan.batches());
    }

    private LocalDate day(Object given) {
        LocalDate today = clock.today();
        if (given == null || given.toString().isBlank()) {
            return today;
        }
        String text = given.toString().trim();
        LocalDate day = given instanceof Date date ? ScreeningClock.toOffset(date).toLocalDate()
                : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        if (day.isAfter(today)) {
            throw new IllegalArgumentException("排查日期不能晚于今天：" + day);
        }
        return day;
    }
}
