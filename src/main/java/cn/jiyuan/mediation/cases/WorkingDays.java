package cn.jiyuan.mediation.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the green channel's "started within one working day". Weekends only for now: public
 * holidays and adjusted working weekends (调休) come with the calendar.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The first working day after the given day. */
    public static LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
