package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.calendar.HolidayCalendarRepository.StoredYear;

/**
 * The holiday calendar (法定节假日和调休上班日): for every year the 放假调休安排 of the State Council's notice, as
 * shipped with the platform ({@link OfficialHolidayArrangements}) or as an administrator entered it (a stored year
 * replaces the shipped one whole). It answers the platform's working-day rules ({@link WorkingDayCalendar}) and
 * {@code /api/calendar/holidays}. Nothing is cached: a change through the API is seen at once, also by the other
 * nodes of a cluster (a lookup reads at most three years' rows).
 *
 * <p>A year without an arrangement counts its working days from Monday to Friday ({@link WorkingCalendar}): the
 * API says so in {@link HolidayCalendarYear#warning()}, the log once per year, and the green channel's registration
 * note names it for the case it concerns.
 */
@Service
public class HolidayCalendar implements WorkingDayCalendar {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2099;

    private final HolidayCalendarRepository repository;

    public HolidayCalendar(HolidayCalendarRepository repository) {
        this.repository = repository;
    }

    public static boolean isSupportedYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** The year as users see it: its arrangement (stored, else shipped) or a warning that it has none. */
    public HolidayCalendarYear yearOf(int year) {
        checkYear(year);
        StoredYear stored = repository.find(year).orElse(null);
        if (stored != null) {
            return HolidayCalendarYear.stored(stored);
        }
        return OfficialHolidayArrangements.of(year).map(HolidayCalendarYear::official)
                .orElseGet(() -> HolidayCalendarYear.unarranged(year));
    }

    /**
     * Stores an administrator's arrangement of its year, replacing the stored or shipped one. Input is expected to
     * be checked already ({@link HolidayArrangementRequest}).
     */
    public HolidayCalendarYear store(HolidayArrangement arrangement, String note, String userId) {
        checkYear(arrangement.year());
        repository.save(arrangement, note, userId, OffsetDateTime.now(ZoneOffset.UTC));
        return yearOf(arrangement.year());
    }

    /** Removes an administrator's year: the shipped arrangement applies again, or none. @return false if none was stored */
    public boolean remove(int year) {
        checkYear(year);
        return repository.delete(year);
    }

    @Override
    public boolean isArranged(int year) {
        return isSupportedYear(year) && (OfficialHolidayArrangements.of(year).isPresent() || repository.find(year).isPresent());
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendarAround(day).isWorkingDay(day);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate day) {
        return calendarAround(day).nextWorkingDay(day);
    }

    /** The arrangements that can decide about the weeks after {@code day}: its year's and the next two years'. */
    private WorkingCalendar calendarAround(LocalDate day) {
        int from = Math.max(MIN_YEAR, day.getYear());
        int to = Math.min(MAX_YEAR, day.getYear() + 2);
        Map<Integer, HolidayArrangement> years = new HashMap<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            OfficialHolidayArrangements.of(y).ifPresent(a -> years.put(y, a));
        }
        if (from <= to) {
            repository.findByYears(from, to).forEach((year, stored) -> years.put(year, stored.arrangement()));
        }
        return new WorkingCalendar(years);
    }

    private static void checkYear(int year) {
        if (!isSupportedYear(year)) {
            throw new IllegalArgumentException("year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
        }
    }
}
