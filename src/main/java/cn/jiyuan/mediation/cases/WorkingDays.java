package cn.jiyuan.mediation.cases;

import java.time.LocalDate;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.calendar.OfficialHolidayArrangements;
import cn.jiyuan.mediation.calendar.WorkingDayCalendar;

/**
 * China's working days (工作日) for the platform's "within n working days" rules (the green channel's first contact
 * by the end of the next working day): statutory holidays are off, make-up working days (调休上班) are worked, the
 * rest from Monday to Friday. The static methods are kept for callers that are no Spring beans; they ask the
 * application's {@link WorkingDayCalendar} ({@code calendar.HolidayCalendar}: the State Council's notices shipped
 * with the platform plus the years administrators entered), which this component installs when the application
 * starts. Until then (plain unit tests) only the shipped notices count.
 *
 * <p>A year whose holidays nobody entered yet counts weekends only; see {@link #isArranged(int)}.
 */
@Component
public final class WorkingDays {

    private static final WorkingDayCalendar SHIPPED = OfficialHolidayArrangements.calendar();
    private static volatile WorkingDayCalendar calendar = SHIPPED;

    private final WorkingDayCalendar installed;

    /** Installs the application's calendar for the static methods. */
    public WorkingDays(WorkingDayCalendar applicationCalendar) {
        this.installed = applicationCalendar;
        calendar = applicationCalendar;
    }

    @PreDestroy
    void uninstall() {
        if (calendar == installed) {
            calendar = SHIPPED;
        }
    }

    /** The first working day after the given day (registered on 除夕 → the first day worked after 春节). */
    public static LocalDate next(LocalDate day) {
        return calendar.nextWorkingDay(day);
    }

    public static boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** Whether the holidays of {@code year} are known: if not, its working days are counted Monday to Friday. */
    public static boolean isArranged(int year) {
        return calendar.isArranged(year);
    }
}
