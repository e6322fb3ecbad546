package cn.jiyuan.mediation.provincial;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import cn.jiyuan.mediation.platform.web.QueryParameters;

/**
 * The month of a provincial export, {@code month=YYYY-MM}: the cases <b>concluded</b> (调解结案, Jiyuan's date of the
 * conclusion) from its first to its last day. A case has one conclusion date at a time, so it is in exactly one
 * month's export (docs/provincial-export.md explains why conclusion rather than registration).
 */
public record ReportMonth(YearMonth month) {

    static final String FIELD = "month";
    private static final String FORMAT = "应为“年-月”格式的月份，如 2026-02";

    /** Reads the parameter; a missing, malformed or future month is named in {@code problems} (null returned). */
    static ReportMonth read(String value, LocalDate today, QueryParameters problems) {
        if (value == null || value.isBlank()) {
            problems.problem(FIELD, "必须填写结案月份，" + FORMAT);
            return null;
        }
        String text = value.strip();
        YearMonth month;
        try {
            // YearMonth.parse alone takes "+10000-01" and a year of three digits: the report's months have four
            month = text.matches("\\d{4}-\\d{2}") ? YearMonth.parse(text) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null) {
            problems.problem(FIELD, FORMAT);
            return null;
        }
        if (month.isAfter(YearMonth.from(today))) {
            problems.problem(FIELD, "不能晚于本月（" + YearMonth.from(today) + "）");
            return null;
        }
        return new ReportMonth(month);
    }

    /** The first day of the month. */
    LocalDate first() {
        return month.atDay(1);
    }

    /** The first day of the next month (exclusive end). */
    LocalDate next() {
        return month.plusMonths(1).atDay(1);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
