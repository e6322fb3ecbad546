package cn.jiyuan.mediation.semiannual;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * The cycle of the {@code semiannual-round} timer ({@code ${semiannualTimer.cycle}}): 1 May and 1 November at 08:00
 * Jiyuan time. A repeating ISO 8601 interval from an absolute start rather than a cron expression: Camunda evaluates
 * cron in the server's time zone, where 08:00 in Jiyuan is still the previous day west of Greenwich (30 April, but
 * 31 October), which no single cron expression can say. The engine adds the six months in the server's zone, so a
 * server whose zone has summer time may fire an hour early or late in November; the day stays right.
 */
@Component("semiannualTimer")
public class SemiannualTimer {

    /** A first issue day in the past: the engine schedules the first one after now. */
    static final HalfYear FIRST = new HalfYear(2025, 1);

    public String getCycle() {
        return "R/" + FIRST.issueDay().atTime(HalfYear.ISSUE_TIME).atZone(cn.jiyuan.mediation.cases.CaseTime.ZONE)
                .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P6M";
    }
}
