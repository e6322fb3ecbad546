package cn.jiyuan.mediation.cases;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

/** Dates of cases are Jiyuan's dates (China Standard Time), whatever the server's time zone. */
public final class CaseTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CaseTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }

    /** The last second of a day: a deadline date is met when the work is done by the end of that day. */
    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
    }
}
