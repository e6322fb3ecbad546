package cn.jiyuan.mediation.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Screening's time: the process engine's clock (which tests can move) read in Jiyuan's time zone (China
 * Standard Time), whatever the server's zone, like the case dates.
 */
@Component
public class ScreeningClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public OffsetDateTime now() {
        return toOffset(ClockUtil.getCurrentTime());
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    public ZoneId zone() {
        return ZONE;
    }

    public static OffsetDateTime toOffset(Date date) {
        return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), ZONE);
    }

    public static Date toDate(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }

    /** The same instant in Jiyuan's offset (databases may hand it back in UTC). */
    public static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
