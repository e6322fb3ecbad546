package cn.jiyuan.mediation.monthlyreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * One month of monthly work. The report covers the statistical month ending on the opening day (day D of the
 * month): from the day after D of the previous month through D of this month, e.g. 4月26日–5月25日 for D = 25, so
 * that consecutive reports neither overlap nor leave a day out, and the report is written right after its last day.
 *
 * @param month        the month whose report it is (2026-05)
 * @param from         first day counted
 * @param to           last day counted (the opening day)
 * @param dueAt        the report is due (the office is reminded after it)
 * @param supervisionAt the grassroots section supervises a silent office; the city's roll-up waits no longer
 */
public record MonthlyPeriod(YearMonth month, LocalDate from, LocalDate to, OffsetDateTime dueAt,
                            OffsetDateTime supervisionAt) {

    public static MonthlyPeriod of(YearMonth month, MonthlyReportProperties properties) {
        int day = properties.getDayOfMonth();
        LocalDate to = month.atDay(day);
        LocalDate from = month.minusMonths(1).atDay(day).plusDays(1);
        OffsetDateTime dueAt = to.plusDays(properties.getDueInDays()).atTime(properties.getDueTime())
                .atZone(ScreeningClock.ZONE).toOffsetDateTime();
        return new MonthlyPeriod(month, from, to, dueAt, dueAt.plus(properties.getSupervisionAfter()));
    }

    /** The month whose work opens on or last opened before {@code day}. */
    public static YearMonth monthOn(LocalDate day, MonthlyReportProperties properties) {
        YearMonth month = YearMonth.from(day);
        return day.getDayOfMonth() >= properties.getDayOfMonth() ? month : month.minusMonths(1);
    }

    /** 2026年5月 */
    public String label() {
        return label(month);
    }

    public static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
