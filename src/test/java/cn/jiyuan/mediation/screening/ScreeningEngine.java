package cn.jiyuan.mediation.screening;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;

import cn.jiyuan.mediation.screening.report.ScreeningReport;
import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/**
 * Drives screening in tests like the job executor would, on the engine's clock: the schedule's daily
 * timer, the batches that start the report processes and the reports' timers are executed as jobs
 * through the ManagementService (the job executor is off in tests).
 */
public final class ScreeningEngine {

    public static final String SCHEDULE = "screening-schedule";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final ScreeningRoundRepository rounds;
    private final ScreeningReportRepository reports;

    public ScreeningEngine(ProcessEngine engine, ScreeningRoundRepository rounds, ScreeningReportRepository reports) {
        this.management = engine.getManagementService();
        this.runtime = engine.getRuntimeService();
        this.rounds = rounds;
        this.reports = reports;
    }

    /** Sets the engine's clock to a Jiyuan (China Standard Time) date and time. */
    public static void clockAt(LocalDateTime time) {
        ClockUtil.setCurrentTime(at(time));
    }

    /** A Jiyuan (China Standard Time) date and time as a Date. */
    public static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ScreeningClock.ZONE).toInstant());
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    /** The schedule's timer fires at 08:00 of {@code day}; the batches it creates are executed too. */
    public List<ScreeningRound> runScheduleOn(LocalDate day) {
        clockAt(day.atTime(8, 0));
        Job timer = management.createJobQuery().processDefinitionKey(SCHEDULE).timers().list().stream()
                .filter(j -> j.getProcessInstanceId() == null).findFirst()
                .orElseThrow(() -> new AssertionError("no timer start job of " + SCHEDULE));
        management.executeJob(timer.getId());
        executeScheduleJobs();
        return rounds.findOn(day);
    }

    /** Catches up {@code day} through the schedule's message start event (补发某日排查任务). */
    public void catchUp(LocalDate day) {
        runtime.startProcessInstanceByMessage("screeningScheduleCatchUp",
                Variables.putValue("screeningDate", day.toString()));
        executeScheduleJobs();
    }

    /** Executes the due jobs of running schedules (their batches) until none is left. */
    public int executeScheduleJobs() {
        return executeJobsOf(SCHEDULE);
    }

    /** Executes the due jobs (timers due by the engine's clock, continuations) of a process's instances. */
    public int executeJobsOf(String processDefinitionKey) {
        int executed = 0;
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processDefinitionKey(processDefinitionKey).executable().list()
                .stream()
                .filter(j -> j.getProcessInstanceId() != null).toList()).isEmpty()) {
            for (Job job : jobs) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    /** Executes the one job of {@code activityId} (a timer or an asynchronous continuation) of an instance. */
    public void executeJob(String processInstanceId, String activityId) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
        if (job == null) {
            throw new AssertionError("no job at " + activityId + " in " + processInstanceId);
        }
        management.executeJob(job.getId());
    }

    /** Executes the due jobs of one process instance (continuations, due timers) until none is left. */
    public int executeDueJobsOf(String processInstanceId) {
        int executed = 0;
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list()).isEmpty()) {
            for (Job job : jobs) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    public Job job(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
    }

    public ScreeningRound round(List<ScreeningRound> rounds, String kind) {
        return rounds.stream().filter(r -> r.kind().name().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " round in " + rounds));
    }

    public ScreeningReport report(long roundId, String unitCode) {
        return reports.findByRound(roundId).stream().filter(r -> r.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> new AssertionError("no report of " + unitCode + " in round " + roundId));
    }

    public ScreeningReport reload(ScreeningReport report) {
        return reports.find(report.id()).orElseThrow();
    }
}
