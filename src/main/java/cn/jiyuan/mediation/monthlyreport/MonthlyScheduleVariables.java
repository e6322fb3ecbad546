package cn.jiyuan.mediation.monthlyreport;

/** Key, message and variable names of the process monthly-schedule (processes/monthly-schedule.bpmn). */
public final class MonthlyScheduleVariables {

    public static final String PROCESS_KEY = "monthly-schedule";

    /** Sent by the platform to open a month by hand (a missed opening day, the demo): variable {@link #PERIOD}. */
    public static final String CATCH_UP_MESSAGE = "monthlyReportCatchUp";
    /** Sent by the last town's report to the month's schedule: every justice office has reported. */
    public static final String ALL_REPORTED_MESSAGE = "monthlyReportsAllIn";

    /** The month to open (yyyy-MM); without it the month whose opening day is today (the engine's clock). */
    public static final String PERIOD = "period";
    /** Long: monthly_round id; null when the month had been opened already (nothing more to do). */
    public static final String ROUND_ID = "roundId";
    /** Boolean: this run opened the month (a second run of the same month does nothing). */
    public static final String OPENED = "opened";
    /** List of town codes, one report process each (the multi-instance collection). */
    public static final String TOWNS = "towns";
    /** Element variable of the multi-instance. */
    public static final String TOWN = "town";
    /** java.util.Date: the roll-up waits for the last report no longer than this. */
    public static final String ROLLUP_AT = "rollupAt";
    /** 2026年5月, for the roll-up task's text. */
    public static final String PERIOD_LABEL = "periodLabel";
    /** Field of the roll-up form: the month's reports in words as produced (who reported, who is late), read from the month's table. */
    public static final String ROLLUP = "rollup";
    /** The grassroots section's opinion on the roll-up (form monthly-rollup). */
    public static final String ROLLUP_OPINION = "rollupOpinion";

    private MonthlyScheduleVariables() {
    }
}
