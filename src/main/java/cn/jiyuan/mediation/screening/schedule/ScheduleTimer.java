package cn.jiyuan.mediation.screening.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.ScreeningProperties;

/**
 * The cycle of the {@code screening-schedule} timer ({@code ${screeningScheduleTimer.cron}}): every day at
 * {@code mediation.screening.daily-at} (default 08:00) Jiyuan time. Camunda evaluates cron expressions in
 * the server's time zone, so the hour is converted to it when the process is deployed (a server on UTC
 * runs the schedule at 00:00 UTC, which is 08:00 in Jiyuan).
 */
@Component("screeningScheduleTimer")
public class ScheduleTimer {

    private final ScreeningProperties properties;

    public ScheduleTimer(ScreeningProperties properties) {
        this.properties = properties;
    }

    public String getCron() {
        return cron(ZoneId.systemDefault(), LocalDate.now(ScreeningClock.ZONE));
    }

    String cron(ZoneId server, LocalDate day) {
        ZonedDateTime at = day.atTime(properties.getDailyAt()).atZone(ScreeningClock.ZONE).withZoneSameInstant(server);
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * ?";
    }
}
