package cn.jiyuan.mediation.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates of cases are Jiyuan's dates (China Standard Time), whatever the server's time zone, read from the process
 * engine's clock: the system's clock in production, one that tests move ({@code ClockUtil}) to register a case on
 * a given day (the eve of 春节, a day of a sensitive period) and then let its timers come due, so that the dates a
 * case gets at registration and the engine's timers agree.
 */
public final class CaseTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Below this gap the engine's clock is the system's: then the system's finer (microsecond) time is used. */
    private static final long SAME_CLOCK_MILLIS = 100;

    private CaseTime() {
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    public static OffsetDateTime now() {
        Instant system = Instant.now();
        long engine = ClockUtil.getCurrentTime().getTime();
        Instant at = Math.abs(engine - system.toEpochMilli()) < SAME_CLOCK_MILLIS ? system : Instant.ofEpochMilli(engine);
        return OffsetDateTime.ofInstant(at, ZONE);
    }

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final java.time.format.DateTimeFormatter SHOWN_DAY =
            java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");

    /**
     * A moment as people read it, in Jiyuan's time: {@code 2026年12月2日 20:54} (the same format as the webapps'
     * dateFormat), never the ISO form with its "T".
     */
    public static String shown(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ZONE).format(SHOWN);
    }

    /** A moment of the server's clock ({@link java.util.Date}) as people read it, in Jiyuan's time. */
    public static String shown(Date at) {
        return at == null ? null : at.toInstant().atZone(ZONE).format(SHOWN);
    }

    /** The day of a moment of the server's clock as people read it, in Jiyuan's time: {@code 2026年12月9日}. */
    public static String shownDay(Date at) {
        return at == null ? null : at.toInstant().atZone(ZONE).format(SHOWN_DAY);
    }

    /** The last second of a day: a deadline date is met when the work is done by the end of that day. */
    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
    }
}
