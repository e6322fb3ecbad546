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
