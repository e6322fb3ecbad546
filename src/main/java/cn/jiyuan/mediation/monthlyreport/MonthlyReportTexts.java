package cn.jiyuan.mediation.monthlyreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import cn.jiyuan.mediation.screening.ScreeningClock;

/** Dates, times and rates as the monthly work's texts write them (2026年5月25日, 2026年5月30日 18:00, 66.7%). */
final class MonthlyReportTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private MonthlyReportTexts() {
    }

    static String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    static String time(OffsetDateTime time) {
        return time == null ? "—" : TIME.format(time.atZoneSameInstant(ScreeningClock.ZONE));
    }

    /** A rate 0..1 as a percentage with one decimal, "—" when there is none (nothing to divide by). */
    static String percent(Double rate) {
        if (rate == null) {
            return "—";
        }
        double p = Math.round(rate * 1000) / 10.0;
        return (p == Math.floor(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
