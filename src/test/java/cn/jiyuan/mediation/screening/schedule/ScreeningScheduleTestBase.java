package cn.jiyuan.mediation.screening.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.ScreeningEngine;
import cn.jiyuan.mediation.calendar.SensitivePeriodCalendar;
import cn.jiyuan.mediation.calendar.SensitivePeriodSource;
import cn.jiyuan.mediation.screening.report.ScreeningReport;
import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * The routine rounds of screening-schedule, driven day by day on the engine's clock with the demo
 * organization: villages weekly, towns monthly, both daily in a sensitive period (2027's Spring Festival
 * period is 30 January to 13 February). Every test uses days of its own (the context is shared).
 */
@DemoPlatformTest
public abstract class ScreeningScheduleTestBase {

    @Autowired
    ProcessEngine engine;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    OrganizationRepository registry;
    @Autowired
    ScreeningRoundRepository rounds;
    @Autowired
    ScreeningReportRepository reports;
    @Autowired
    SensitivePeriodSource sensitivePeriods;
    @Autowired
    SensitivePeriodCalendar calendar;

    ScreeningEngine screening;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        screening = new ScreeningEngine(engine, rounds, reports);
    }

    @AfterEach
    void resetClock() {
        ScreeningEngine.resetClock();
    }

    private Set<String> committeeGroups(CommitteeType... types) {
        Set<CommitteeType> wanted = Set.of(types);
        return registry.findCommittees().stream().filter(c -> wanted.contains(c.type())).map(Committee::groupId)
                .collect(Collectors.toSet());
    }

    /** The open report tasks of a round, one per unit. */
    private List<Task> tasksOf(ScreeningRound round) {
        return reports.findByRound(round.id()).stream()
                .map(r -> tasks.createTaskQuery().processInstanceId(r.processInstanceId()).taskDefinitionKey("report")
                        .singleResult())
                .toList();
    }

    private Set<String> candidateGroups(List<Task> list) {
        return list.stream().flatMap(t -> tasks.getIdentityLinksForTask(t.getId()).stream())
                .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).collect(Collectors.toSet());
    }

    private static Date at(LocalDateTime time) {
        return ScreeningEngine.at(time);
    }

    private static List<String> kinds(List<ScreeningRound> list) {
        return list.stream().map(r -> r.kind().name()).toList();
    }

    @Test
    void onMondayEveryVillageGetsItsWeeklyReportTaskDueOnWednesdayEvening() {
        LocalDate monday = LocalDate.of(2027, 3, 22);

        List<ScreeningRound> opened = screening.runScheduleOn(monday);

        assertThat(kinds(opened)).containsExactly("WEEKLY");
        ScreeningRound weekly = opened.get(0);
        assertThat(weekly.title()).isEqualTo("2027年3月22日每周排查");
        List<Task> weeklyTasks = tasksOf(weekly);
        assertThat(weeklyTasks).hasSize(committeeGroups(CommitteeType.VILLAGE).size()).allSatisfy(t -> {
            assertThat(t.getName()).isEqualTo("矛盾纠纷排查报告");
            assertThat(t.getDueDate()).isEqualTo(at(LocalDateTime.of(2027, 3, 24, 18, 0)));
        });
        assertThat(candidateGroups(weeklyTasks)).isEqualTo(committeeGroups(CommitteeType.VILLAGE));
        // zhangli (东许村调委会) finds her village's task in Tasklist
        Task mine = tasks.createTaskQuery().taskCandidateUser("zhangli").processVariableValueEquals("roundId", weekly.id())
                .singleResult();
        assertThat(mine.getDescription()).isEqualTo("克井镇东许村：2027年3月22日每周排查，请于2027年3月24日 18:00前报送");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("screening-schedule")
                .count()).as("the schedule ends once all batches are started").isZero();
    }

    @Test
    void onTheFirstOfTheMonthEveryTownGetsItsMonthlyReportTaskDueInFiveDays() {
        List<ScreeningRound> opened = screening.runScheduleOn(LocalDate.of(2027, 4, 1)); // a Thursday

        assertThat(kinds(opened)).containsExactly("MONTHLY");
        List<Task> monthly = tasksOf(opened.get(0));
        assertThat(monthly).hasSize(16).allSatisfy(t ->
                assertThat(t.getDueDate()).isEqualTo(at(LocalDateTime.of(2027, 4, 6, 18, 0))));
        assertThat(candidateGroups(monthly)).isEqualTo(committeeGroups(CommitteeType.TOWN));
    }

    @Test
    void aMondayThatIsTheFirstHasBothRoundsAndAnOrdinaryDayNone() {
        assertThat(kinds(screening.runScheduleOn(LocalDate.of(2027, 11, 1)))).containsExactly("WEEKLY", "MONTHLY");
        assertThat(screening.runScheduleOn(LocalDate.of(2027, 3, 23))).isEmpty();
    }

    @Test
    void aSensitivePeriodSwitchesToDailyRoundsForVillagesAndTownsAndBackAfterwards() {
        // 春节 2027: 正月初一 is 6 February; the period runs from 30 January to 13 February.
        assertThat(sensitivePeriods.isSensitive(LocalDate.of(2027, 1, 29))).isFalse();
        assertThat(sensitivePeriods.isSensitive(LocalDate.of(2027, 1, 30))).isTrue();
        assertThat(sensitivePeriods.isSensitive(LocalDate.of(2027, 2, 13))).isTrue();
        assertThat(sensitivePeriods.isSensitive(LocalDate.of(2027, 2, 14))).isFalse();

        assertThat(kinds(screening.runScheduleOn(LocalDate.of(2027, 1, 25)))).containsExactly("WEEKLY");
        assertThat(screening.runScheduleOn(LocalDate.of(2027, 1, 29))).isEmpty();

        List<ScreeningRound> firstDay = screening.runScheduleOn(LocalDate.of(2027, 1, 30));
        assertThat(kinds(firstDay)).containsExactly("DAILY");
        List<Task> daily = tasksOf(firstDay.get(0));
        assertThat(daily).hasSize(committeeGroups(CommitteeType.VILLAGE, CommitteeType.TOWN).size())
                .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(at(LocalDateTime.of(2027, 1, 30, 18, 0))));
        assertThat(candidateGroups(daily)).isEqualTo(committeeGroups(CommitteeType.VILLAGE, CommitteeType.TOWN));

        // a Monday that is the 1st of the month: only the daily round
        assertThat(kinds(screening.runScheduleOn(LocalDate.of(2027, 2, 1)))).containsExactly("DAILY");
        assertThat(kinds(screening.runScheduleOn(LocalDate.of(2027, 2, 13)))).containsExactly("DAILY");
        assertThat(screening.runScheduleOn(LocalDate.of(2027, 2, 14))).isEmpty();
        assertThat(kinds(screening.runScheduleOn(LocalDate.of(2027, 2, 15)))).containsExactly("WEEKLY");
    }

    @Test
    void runningTheScheduleTwiceOnADayIssuesNoTaskTwice() {
        LocalDate monday = LocalDate.of(2027, 5, 3);
        ScreeningRound weekly = screening.runScheduleOn(monday).get(0);
        int issued = reports.findByRound(weekly.id()).size();

        // an administrator catches the day up through the API (nobody sends the engine message by hand)
        assertThat(catchUp("zhaojiceng", "demo", "2027-05-03").statusCode()).isEqualTo(403);
        assertThat(catchUp("admin", "admin-secret", "2027-05-04").statusCode()).as("tomorrow").isEqualTo(400);
        assertThat(catchUp("admin", "admin-secret", "5月3日").body()).contains("date", "年-月-日");
        var caughtUp = catchUp("admin", "admin-secret", monday.toString());
        assertThat(caughtUp.statusCode()).as(caughtUp.body()).isEqualTo(202);
        screening.executeScheduleJobs();

        assertThat(rounds.findOn(monday)).hasSize(1);
        List<ScreeningReport> all = reports.findByRound(weekly.id());
        assertThat(all).hasSize(issued).allSatisfy(r -> assertThat(r.processInstanceId()).isNotNull());
        assertThat(tasksOf(weekly)).hasSize(issued).doesNotContainNull();
    }

    private java.net.http.HttpResponse<String> catchUp(String user, String password, String date) {
        return new Http(port).send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        new Http(port).url("/api/admin/screening/catch-up")))
                .header("Authorization", Http.basic(user, password)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"date\":\"" + date + "\"}")).build());
    }

    /**
     * The schedule's own timer through every morning of 2029: each run opens the day's rounds with a report
     * for every unit and schedules the next morning. (The report processes are not started here: the
     * schedule instances are removed with their batches, which the other tests run.)
     */
    @Test
    void aWholeYearOfMorningsOpensTheRightRoundsForEveryUnit() {
        int villages = committeeGroups(CommitteeType.VILLAGE).size();
        int towns = committeeGroups(CommitteeType.TOWN).size();
        Set<LocalDate> sensitive = calendar.periodsOf(2029).stream()
                .flatMap(p -> p.start().datesUntil(p.end().plusDays(1))).collect(Collectors.toSet());
        Map<String, Integer> opened = new java.util.TreeMap<>();
        var management = engine.getManagementService();
        for (LocalDate day = LocalDate.of(2029, 1, 1); day.getYear() == 2029; day = day.plusDays(1)) {
            ScreeningEngine.clockAt(day.atTime(8, 0));
            var timer = management.createJobQuery().processDefinitionKey("screening-schedule").timers().list().stream()
                    .filter(j -> j.getProcessInstanceId() == null).toList();
            assertThat(timer).hasSize(1);
            management.executeJob(timer.get(0).getId());

            List<String> expected = sensitive.contains(day) ? List.of("DAILY")
                    : java.util.stream.Stream.of(day.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? "WEEKLY" : null,
                            day.getDayOfMonth() == 1 ? "MONTHLY" : null).filter(k -> k != null).toList();
            List<ScreeningRound> today = rounds.findOn(day);
            assertThat(kinds(today)).as(day.toString()).isEqualTo(expected);
            for (ScreeningRound round : today) {
                int units = switch (round.kind()) {
                    case WEEKLY -> villages;
                    case MONTHLY -> towns;
                    default -> villages + towns;
                };
                assertThat(reports.findByRound(round.id())).as(round.title()).hasSize(units);
                opened.merge(round.kind().name(), 1, Integer::sum);
            }
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("screening-schedule").list()
                    .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "year test", true));
        }
        long sensitiveMondays = sensitive.stream().filter(d -> d.getDayOfWeek() == java.time.DayOfWeek.MONDAY).count();
        long sensitiveFirsts = sensitive.stream().filter(d -> d.getDayOfMonth() == 1).count();
        assertThat(opened).containsEntry("DAILY", sensitive.size())
                .containsEntry("WEEKLY", (int) (53 - sensitiveMondays)) // 2029 has 53 Mondays
                .containsEntry("MONTHLY", (int) (12 - sensitiveFirsts));
    }

    @Test
    void theScheduleIsTriggeredEveryMorningAtEight() {
        ScreeningEngine.clockAt(LocalDateTime.of(2027, 5, 10, 9, 30));
        var timer = engine.getManagementService().createJobQuery().processDefinitionKey("screening-schedule").timers()
                .list().stream().filter(j -> j.getProcessInstanceId() == null).toList();
        assertThat(timer).hasSize(1);
        // 08:00 in Jiyuan, whatever the server's time zone
        assertThat(timer.get(0).getDuedate().toInstant().atZone(ScreeningClock.ZONE).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(8, 0));
    }
}
