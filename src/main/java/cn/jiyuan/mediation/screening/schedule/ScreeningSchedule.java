package cn.jiyuan.mediation.screening.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.ScreeningDueDates;
import cn.jiyuan.mediation.screening.report.ReportingUnit;
import cn.jiyuan.mediation.screening.report.ReportingUnits;

/**
 * Plans a day's routine screening (the {@code screening-schedule} process, every morning): opens the
 * day's rounds ({@link RoundCalendar}) with a pending report for every unit that screens in them. A
 * round already opened (the schedule ran twice that day) is not opened again.
 */
@Service
public class ScreeningSchedule {

    private static final Logger log = LoggerFactory.getLogger(ScreeningSchedule.class);
    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final RoundCalendar calendar;
    private final RoundOpener opener;
    private final ScreeningRoundRepository rounds;
    private final ReportingUnits units;
    private final ScreeningDueDates dueDates;
    private final ScreeningClock clock;

    public ScreeningSchedule(RoundCalendar calendar, RoundOpener opener, ScreeningRoundRepository rounds,
                             ReportingUnits units, ScreeningDueDates dueDates, ScreeningClock clock) {
        this.calendar = calendar;
        this.opener = opener;
        this.rounds = rounds;
        this.units = units;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** The day's new rounds and their reports in batches to start. */
    public record DayPlan(LocalDate day, List<Long> roundIds, List<String> batches) {
    }

    /**
     * Plans the day the process was given ({@code screeningDate}: when started by hand, e.g. to catch up a missed
     * day; an ISO date or a date), or today when none was given. A day after today is refused.
     */
    public DayPlan planGiven(Object screeningDate) {
        return plan(day(screeningDate, clock.today()));
    }

    static LocalDate day(Object given, LocalDate today) {
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

    public DayPlan plan(LocalDate day) {
        List<Long> roundIds = new ArrayList<>();
        List<Long> reportIds = new ArrayList<>();
        for (RoundKind kind : calendar.roundsOn(day)) {
            String key = ScreeningRound.routineKey(kind, day);
            if (rounds.findByKey(key).isPresent()) {
                log.info("Screening round {} is open already", key);
                continue;
            }
            List<ReportingUnit> reporting = units.find(kind.committees(), null);
            ScreeningDueDates.Due due = dueDates.routine(kind, day);
            RoundOpener.Opened opened = opener.open(opener.newRound(key, kind, day,
                    day.format(TITLE_DATE) + kind.label(), null, null, List.of(), due, null, null), reporting, due);
            roundIds.add(opened.roundId());
            reportIds.addAll(opened.reportIds());
            log.info("Screening round {} opened for {} units", key, reporting.size());
        }
        return new DayPlan(day, roundIds, opener.batches(reportIds));
    }
}
