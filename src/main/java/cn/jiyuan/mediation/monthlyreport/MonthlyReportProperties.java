package cn.jiyuan.mediation.monthlyreport;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timing of the justice offices' monthly work ({@code mediation.monthly-report.*}, see application.yaml); every value
 * has a default. Times are Jiyuan's (China Standard Time), whatever the server's time zone.
 */
@ConfigurationProperties(prefix = "mediation.monthly-report")
public class MonthlyReportProperties {

    /** Day of the month (1–28) the month's work opens; the report covers the statistical month ending that day. */
    private int dayOfMonth = 25;
    /** Time of that day the work opens (read when monthly-schedule is deployed). */
    private LocalTime at = LocalTime.of(9, 0);
    /** The report is due this many days after the opening day, at {@link #dueTime}; a silent office is reminded. */
    private int dueInDays = 5;
    private LocalTime dueTime = LocalTime.of(18, 0);
    /** After the due time the grassroots section gets a supervision task; the city's roll-up waits no longer. */
    private Duration supervisionAfter = Duration.ofDays(3);

    /** Configuration mistakes, in words; empty when the configuration is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            problems.add("mediation.monthly-report.day-of-month must be a day between 1 and 28, was " + dayOfMonth);
        }
        if (dueInDays < 0 || dueInDays > 28) {
            problems.add("mediation.monthly-report.due-in-days must be between 0 and 28, was " + dueInDays);
        }
        if (supervisionAfter == null || supervisionAfter.isNegative() || supervisionAfter.isZero()) {
            problems.add("mediation.monthly-report.supervision-after must be positive");
        }
        if (at == null || dueTime == null) {
            problems.add("mediation.monthly-report.at and due-time are required");
        }
        return problems;
    }

    public int getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(int dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public LocalTime getAt() {
        return at;
    }

    public void setAt(LocalTime at) {
        this.at = at;
    }

    public int getDueInDays() {
        return dueInDays;
    }

    public void setDueInDays(int dueInDays) {
        this.dueInDays = dueInDays;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }

    public Duration getSupervisionAfter() {
        return supervisionAfter;
    }

    public void setSupervisionAfter(Duration supervisionAfter) {
        this.supervisionAfter = supervisionAfter;
    }
}
