package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;

/**
 * China's working days (工作日): statutory holidays are off, make-up working days (调休上班) are worked, the rest
 * from Monday to Friday. Implemented by {@link HolidayCalendar} (the shipped notices and the administrators'
 * years); every "working day" rule of the platform asks it.
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The first working day after {@code day}. */
    LocalDate nextWorkingDay(LocalDate day);

    /** Whether the holidays of {@code year} are known; if not, its working days count weekends only. */
    boolean isArranged(int year);
}
