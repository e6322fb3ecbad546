package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * How the sensitive periods are computed ({@code mediation.sensitive-periods.*}). Every value has a
 * default here, so the platform works without any configuration; an administrator can still override
 * any single period of a year through the API (stored in the database). Example:
 *
 * <pre>
 * mediation:
 *   sensitive-periods:
 *     two-sessions:
 *       years:
 *         2026: { start: 2026-03-04, end: 2026-03-12 }
 *       default-start: 03-03
 *       default-end: 03-15
 *     spring-festival: { days-before: 7, days-after: 7 }
 *     mid-autumn: { days-before: 3, days-after: 3 }
 *     national-day: { days-before: 3, days-after: 7 }
 * </pre>
 */
@ConfigurationProperties(prefix = "mediation.sensitive-periods")
public class SensitivePeriodProperties {

    /** Longest allowed distance of a window edge from its festival, in days. */
    static final int MAX_WINDOW_DAYS = 60;

    private final TwoSessions twoSessions = new TwoSessions();
    /** 春节: from a week before 正月初一 (春运 peak, 除夕) to 正月初七, the last day of the holiday. */
    private final Window springFestival = new Window(7, 7);
    /** 中秋节 (八月十五) and the days around it. */
    private final Window midAutumn = new Window(3, 3);
    /** 国庆节 (1 October): 28 September to 8 October, covering the 黄金周 and the days before it. */
    private final Window nationalDay = new Window(3, 7);

    public TwoSessions getTwoSessions() {
        return twoSessions;
    }

    public Window getSpringFestival() {
        return springFestival;
    }

    public Window getMidAutumn() {
        return midAutumn;
    }

    public Window getNationalDay() {
        return nationalDay;
    }

    /** @return every configuration problem, empty when the configuration is usable */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        springFestival.check("spring-festival", problems);
        midAutumn.check("mid-autumn", problems);
        nationalDay.check("national-day", problems);
        twoSessions.check(problems);
        return problems;
    }

    /**
     * 全国两会 (the NPC and CPPCC plenary sessions, usually about 3–11 March). Their dates are announced
     * each year, so they are configured per year in {@link #getYears() years}; a year that is not
     * configured gets the default rule {@code default-start}..{@code default-end} (3–15 March), wide
     * enough to cover the usual sessions.
     */
    public static class TwoSessions {

        /** Known dates per year (CPPCC opening to NPC closing); add each year's dates once announced. */
        private final Map<Integer, DateRange> years = new TreeMap<>(Map.of(
                2024, new DateRange(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11)),
                2025, new DateRange(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 11))));
        /** Start of the period in years not listed in {@code years} ("MM-dd"). */
        private MonthDay defaultStart = MonthDay.of(3, 3);
        /** End of the period in years not listed in {@code years} ("MM-dd"). */
        private MonthDay defaultEnd = MonthDay.of(3, 15);

        public Map<Integer, DateRange> getYears() {
            return years;
        }

        public MonthDay getDefaultStart() {
            return defaultStart;
        }

        public void setDefaultStart(MonthDay defaultStart) {
            this.defaultStart = defaultStart;
        }

        public MonthDay getDefaultEnd() {
            return defaultEnd;
        }

        public void setDefaultEnd(MonthDay defaultEnd) {
            this.defaultEnd = defaultEnd;
        }

        void check(List<String> problems) {
            String prefix = "mediation.sensitive-periods.two-sessions.";
            if (defaultStart == null || defaultEnd == null) {
                problems.add(prefix + "default-start and default-end are required");
            } else if (defaultStart.isAfter(defaultEnd)) {
                problems.add(prefix + "default-start " + defaultStart + " is after default-end " + defaultEnd);
            }
            years.forEach((year, range) -> {
                if (range == null || range.getStart() == null || range.getEnd() == null) {
                    problems.add(prefix + "years." + year + ": start and end are required");
                } else if (range.getStart().isAfter(range.getEnd())) {
                    problems.add(prefix + "years." + year + ": start is after end");
                } else if (range.getStart().getYear() != year || range.getEnd().getYear() != year) {
                    problems.add(prefix + "years." + year + ": start and end must lie in " + year);
                }
            });
        }
    }

    /** A configured date range (both ends inclusive). */
    public static class DateRange {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate start;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate end;

        public DateRange() {
        }

        public DateRange(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getEnd() {
            return end;
        }

        public void setEnd(LocalDate end) {
            this.end = end;
        }
    }

    /** The days around a festival that count as its sensitive period. */
    public static class Window {

        /** Days before the festival's own day that already belong to the period. */
        private int daysBefore;
        /** Days after the festival's own day that still belong to the period. */
        private int daysAfter;

        public Window() {
        }

        public Window(int daysBefore, int daysAfter) {
            this.daysBefore = daysBefore;
            this.daysAfter = daysAfter;
        }

        public int getDaysBefore() {
            return daysBefore;
        }

        public void setDaysBefore(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        public int getDaysAfter() {
            return daysAfter;
        }

        public void setDaysAfter(int daysAfter) {
            this.daysAfter = daysAfter;
        }

        void check(String name, List<String> problems) {
            for (int days : new int[] {daysBefore, daysAfter}) {
                if (days < 0 || days > MAX_WINDOW_DAYS) {
                    problems.add("mediation.sensitive-periods." + name + ": days-before and days-after must be 0–"
                            + MAX_WINDOW_DAYS + ", were " + daysBefore + " and " + daysAfter);
                    return;
                }
            }
        }
    }
}
