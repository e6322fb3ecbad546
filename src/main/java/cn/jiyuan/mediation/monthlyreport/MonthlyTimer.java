package cn.jiyuan.mediation.monthlyreport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * The cycle of the {@code monthly-schedule} timer ({@code ${monthlyReportTimer.cron}}): every month on
 * {@code mediation.monthly-report.day-of-month} (default the 25th) at {@code at} (default 09:00), Jiyuan time.
 * Camunda reads cron expressions in the server's time zone, so the time is converted to it when the process is
 * deployed; a conversion that crosses midnight moves the day too (07:00 on the 1st in Jiyuan is 23:00 UTC on the
 * last day of the month before, "L").
 */
@Component("monthlyReportTimer")
public class MonthlyTimer {

    private final MonthlyReportProperties properties;

    public MonthlyTimer(MonthlyReportProperties properties) {
        this.properties = properties;
    }

    public String getCron() {
        return cron(ZoneId.systemDefault(), LocalDate.now(ScreeningClock.ZONE));
    }

    String cron(ZoneId server, LocalDate today) {
        LocalDate day = today.withDayOfMonth(properties.getDayOfMonth());
        ZonedDateTime local = day.atTime(properties.getAt()).atZone(ScreeningClock.ZONE);
        ZonedDateTime at = local.withZoneSameInstant(server);
        int shift = at.toLocalDate().compareTo(day);
        String dayOfMonth;
        if (shift == 0) {
            dayOfMonth = String.valueOf(properties.getDayOfMonth());
        } else if (shift < 0) {
            dayOfMonth = properties.getDayOfMonth() == 1 ? "L" : String.valueOf(properties.getDayOfMonth() - 1);
        } else {
            dayOfMonth = String.valueOf(properties.getDayOfMonth() + 1);
        }
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " " + dayOfMonth + " * ?";
    }
}
