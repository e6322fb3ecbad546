package cn.jiyuan.mediation.semiannual;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiyuan.mediation.cases.CaseTime;

/**
 * One half-year of the semi-annual summaries (the notice's 四(四): written summaries reach the bureau's grassroots
 * section by 30 May and 30 November). The tasks are issued on 1 May and 1 November at 08:00 and are due at the end
 * of the 30th (Jiyuan time); the two reminders come 7 and 2 days before, at 09:00. The statistics pre-filled into a
 * summary cover the six whole months before the issue day (1 November – 30 April, 1 May – 31 October), so that
 * every month is counted once over the year and the figures are final when the tasks are issued.
 *
 * @param year the year of the due date
 * @param half 1 (due 30 May) or 2 (due 30 November)
 */
public record HalfYear(int year, int half) {

    static final LocalTime ISSUE_TIME = LocalTime.of(8, 0);
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    /** Days before the due date of the first and the second reminder. */
    public static final int FIRST_REMINDER_DAYS = 7;
    public static final int SECOND_REMINDER_DAYS = 2;

    private static final Pattern CODE = Pattern.compile("(\\d{4})-H([12])");

    public HalfYear {
        if (half != 1 && half != 2 || year < 2000 || year > 9999) {
            throw new IllegalArgumentException("half-year " + year + "-H" + half);
        }
    }

    /** The half-year whose summary is due next on {@code day}: up to 30 May the first, up to 30 November the second. */
    public static HalfYear dueNext(LocalDate day) {
        if (!day.isAfter(LocalDate.of(day.getYear(), Month.MAY, 30))) {
            return new HalfYear(day.getYear(), 1);
        }
        if (!day.isAfter(LocalDate.of(day.getYear(), Month.NOVEMBER, 30))) {
            return new HalfYear(day.getYear(), 2);
        }
        return new HalfYear(day.getYear() + 1, 1);
    }

    /** {@code 2027-H1}; null when the text is not of that form. */
    public static HalfYear parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.trim());
        return m != null && m.matches() ? new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : null;
    }

    public String code() {
        return year + "-H" + half;
    }

    /** 2027年上半年 */
    public String title() {
        return year + (half == 1 ? "年上半年" : "年下半年");
    }

    public LocalDate dueDay() {
        return LocalDate.of(year, half == 1 ? Month.MAY : Month.NOVEMBER, 30);
    }

    public LocalDate issueDay() {
        return dueDay().withDayOfMonth(1);
    }

    /** The end of the due day, Jiyuan time: a summary handed in on the 30th is in time. */
    public OffsetDateTime dueAt() {
        return OffsetDateTime.ofInstant(CaseTime.endOf(dueDay()).toInstant(), CaseTime.ZONE);
    }

    public OffsetDateTime reminderAt(int daysBefore) {
        return dueDay().minusDays(daysBefore).atTime(REMINDER_TIME).atZone(CaseTime.ZONE).toOffsetDateTime();
    }

    /** First day of the statistics: six months before the issue day. */
    public LocalDate figuresFrom() {
        return issueDay().minusMonths(6);
    }

    /** Last day of the statistics: the day before the issue day, or {@code today} for a round issued earlier. */
    public LocalDate figuresTo(LocalDate today) {
        LocalDate last = issueDay().minusDays(1);
        return today.isBefore(last) ? (today.isBefore(figuresFrom()) ? figuresFrom() : today) : last;
    }
}
