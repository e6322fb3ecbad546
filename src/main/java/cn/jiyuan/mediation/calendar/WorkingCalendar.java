package cn.jiyuan.mediation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days (工作日) from a set of years' 放假调休安排: a day of a statutory holiday is off, a make-up working day
 * (调休上班) is worked although it is a Saturday or Sunday, every other day is worked from Monday to Friday.
 *
 * <p>A day is looked up in the arrangement of its own year first, then in the next year's (a notice may start in
 * December of the year before). A year without an arrangement counts weekends only: its holidays are not known
 * before the State Council announces them (usually in November of the year before), and guessing them would be
 * wrong in one way or another. The first time such a year is met, a warning is logged (once per year and JVM);
 * users see it in {@code GET /api/calendar/holidays} and in the notes of the rules that used it.
 */
public final class WorkingCalendar implements WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);
    private static final Set<Integer> WARNED = ConcurrentHashMap.newKeySet();
    /** No holiday with its weekends lasts longer: a longer search means a broken calendar, not a long break. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 40;

    private final Map<Integer, HolidayArrangement> years;

    public WorkingCalendar(Map<Integer, HolidayArrangement> years) {
        this.years = Map.copyOf(new TreeMap<>(years));
    }

    /** Whether the holidays of {@code year} are known (announced and entered). */
    @Override
    public boolean isArranged(int year) {
        return years.containsKey(year);
    }

    public Optional<HolidayArrangement> arrangement(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Whether {@code day} is worked: a make-up working day, or a weekday that is no statutory holiday. */
    @Override
    public boolean isWorkingDay(LocalDate day) {
        for (int year : new int[] {day.getYear(), day.getYear() + 1}) {
            HolidayArrangement a = years.get(year);
            if (a == null) {
                continue;
            }
            if (a.makeUpWorkdayOn(day).isPresent()) {
                return true;
            }
            if (a.holidayOn(day).isPresent()) {
                return false;
            }
        }
        if (!isArranged(day.getYear())) {
            warnOnce(day.getYear());
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The first working day after {@code day} (春节 eve → the first day worked after the holiday). */
    @Override
    public LocalDate nextWorkingDay(LocalDate day) {
        for (int i = 1; i <= MAX_DAYS_OFF_IN_A_ROW; i++) {
            LocalDate next = day.plusDays(i);
            if (isWorkingDay(next)) {
                return next;
            }
        }
        throw new IllegalStateException("no working day in the " + MAX_DAYS_OFF_IN_A_ROW + " days after " + day
                + ": the holiday calendar is broken");
    }

    private static void warnOnce(int year) {
        if (WARNED.add(year)) {
            log.warn("No holiday arrangement for {}: its working days count Monday to Friday only (statutory holidays "
                    + "and make-up working days unknown). Enter the State Council's notice for {} through "
                    + "PUT /api/calendar/holidays/{}", year, year, year);
        }
    }
}
