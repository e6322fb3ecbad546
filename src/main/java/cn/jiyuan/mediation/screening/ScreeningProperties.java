package cn.jiyuan.mediation.screening;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.jiyuan.mediation.screening.schedule.RoundKind;

/**
 * Timing of dispute screening ({@code mediation.screening.*}); every value has a default, so nothing
 * needs configuring. Example:
 *
 * <pre>
 * mediation:
 *   screening:
 *     daily-at: "08:00"          # the schedule decides and issues the day's rounds (Jiyuan time)
 *     due-time: "18:00"          # reports are due at this time of their due day
 *     weekly-on: MONDAY          # villages' weekly round
 *     monthly-on: 1              # towns' monthly round (day of month)
 *     daily:   { due-in-days: 0, supervision-after: P1D }
 *     weekly:  { due-in-days: 2, supervision-after: P1D }
 *     monthly: { due-in-days: 5, supervision-after: P1D }
 *     campaign-supervision-after: P1D
 *     start-batch-size: 25       # report processes started per job
 * </pre>
 *
 * Times are Jiyuan's (China Standard Time), whatever the server's time zone.
 */
@ConfigurationProperties(prefix = "mediation.screening")
public class ScreeningProperties {

    private LocalTime dailyAt = LocalTime.of(8, 0);
    private LocalTime dueTime = LocalTime.of(18, 0);
    private DayOfWeek weeklyOn = DayOfWeek.MONDAY;
    private int monthlyOn = 1;
    private final Timing daily = new Timing(0, Duration.ofDays(1));
    private final Timing weekly = new Timing(2, Duration.ofDays(1));
    private final Timing monthly = new Timing(5, Duration.ofDays(1));
    private Duration campaignSupervisionAfter = Duration.ofDays(1);
    private int startBatchSize = 25;

    /** When a routine round's reports are due and when their justice office is told of silent units. */
    public static class Timing {

        /** Days after the round's day; 0 = the same day, at {@code due-time}. */
        private int dueInDays;
        /** After the due time (when the reminder is given), the justice office gets a supervision task. */
        private Duration supervisionAfter;

        public Timing(int dueInDays, Duration supervisionAfter) {
            this.dueInDays = dueInDays;
            this.supervisionAfter = supervisionAfter;
        }

        public int getDueInDays() {
            return dueInDays;
        }

        public void setDueInDays(int dueInDays) {
            this.dueInDays = dueInDays;
        }

        public Duration getSupervisionAfter() {
            return supervisionAfter;
        }

        public void setSupervisionAfter(Duration supervisionAfter) {
            this.supervisionAfter = supervisionAfter;
        }
    }

    public Timing timing(RoundKind kind) {
        return switch (kind) {
            case DAILY -> daily;
            case WEEKLY -> weekly;
            case MONTHLY -> monthly;
            case CAMPAIGN -> new Timing(0, campaignSupervisionAfter);
        };
    }

    /** Configuration mistakes, in words; empty when the configuration is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (monthlyOn < 1 || monthlyOn > 28) {
            problems.add("monthly-on must be a day between 1 and 28, was " + monthlyOn);
        }
        if (startBatchSize < 1 || startBatchSize > 500) {
            problems.add("start-batch-size must be between 1 and 500, was " + startBatchSize);
        }
        for (RoundKind kind : List.of(RoundKind.DAILY, RoundKind.WEEKLY, RoundKind.MONTHLY)) {
            Timing t = timing(kind);
            if (t.dueInDays < 0 || t.dueInDays > 31) {
                problems.add(kind.name().toLowerCase() + ".due-in-days must be between 0 and 31");
            }
            if (t.supervisionAfter == null || t.supervisionAfter.isNegative()) {
                problems.add(kind.name().toLowerCase() + ".supervision-after must not be negative");
            }
        }
        if (campaignSupervisionAfter == null || campaignSupervisionAfter.isNegative()) {
            problems.add("campaign-supervision-after must not be negative");
        }
        if (dailyAt == null || dueTime == null || weeklyOn == null) {
            problems.add("daily-at, due-time and weekly-on are required");
        }
        return problems;
    }

    public LocalTime getDailyAt() {
        return dailyAt;
    }

    public void setDailyAt(LocalTime dailyAt) {
        this.dailyAt = dailyAt;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }

    public DayOfWeek getWeeklyOn() {
        return weeklyOn;
    }

    public void setWeeklyOn(DayOfWeek weeklyOn) {
        this.weeklyOn = weeklyOn;
    }

    public int getMonthlyOn() {
        return monthlyOn;
    }

    public void setMonthlyOn(int monthlyOn) {
        this.monthlyOn = monthlyOn;
    }

    public Timing getDaily() {
        return daily;
    }

    public Timing getWeekly() {
        return weekly;
    }

    public Timing getMonthly() {
        return monthly;
    }

    public Duration getCampaignSupervisionAfter() {
        return campaignSupervisionAfter;
    }

    public void setCampaignSupervisionAfter(Duration campaignSupervisionAfter) {
        this.campaignSupervisionAfter = campaignSupervisionAfter;
    }

    public int getStartBatchSize() {
        return startBatchSize;
    }

    public void setStartBatchSize(int startBatchSize) {
        this.startBatchSize = startBatchSize;
    }
}
