package cn.jiyuan.mediation.semiannual;

/**
 * Keys and variable names of the two processes of the semi-annual summaries: {@code semiannual-round}
 * (processes/semiannual-round.bpmn: issues the half-year's tasks, then gives the grassroots section the roll-up)
 * and {@code semiannual-summary} (processes/semiannual-summary.bpmn: one office's or committee's summary with its
 * reminders). No personal data: the summary's text is in the table semiannual_summary once submitted.
 */
public final class SemiannualVariables {

    public static final String ROUND_PROCESS = "semiannual-round";
    public static final String SUMMARY_PROCESS = "semiannual-summary";

    // ---- semiannual-round
    /** The message of the start by hand (only the platform's API sends it, for the grassroots section). */
    public static final String ISSUE_BY_HAND_MESSAGE = "semiannualIssueByHand";
    /** Long: semiannual_round.id. */
    public static final String ROUND_ID = "roundId";
    /** Boolean: false when the half-year's tasks had been issued already (a second start does nothing). */
    public static final String ROUND_OPENED = "roundOpened";
    /** String: 2027-H1. */
    public static final String PERIOD_CODE = "periodCode";
    /** Task-local on the roll-up task: who has and has not submitted, as text. */
    public static final String OVERVIEW_TEXT = "overviewText";
    /** The user who started the round by hand (POST /api/semiannual/rounds), absent for the timer. */
    public static final String INITIATOR = "initiator";

    // ---- both
    /** String: 2027年上半年. */
    public static final String ROUND_TITLE = "roundTitle";
    /** Date: the end of 30 May / 30 November, Jiyuan time. */
    public static final String DUE_AT = "dueAt";
    /** String: the due date as people read it (2027年5月30日). */
    public static final String DUE_TEXT = "dueText";

    // ---- semiannual-summary
    /** Long: semiannual_summary.id. */
    public static final String SUMMARY_ID = "summaryId";
    /** String: the candidate group of the summary task (justice-office-{town} or committee-{code}). */
    public static final String UNIT_GROUP = "unitGroup";
    public static final String UNIT_NAME = "unitName";
    /** String or absent: a justice office's town, the tenant of its summary (security.TownTenantIdProvider). */
    public static final String TOWN_CODE = "townCode";
    public static final String FIRST_REMINDER_AT = "firstReminderAt";
    public static final String SECOND_REMINDER_AT = "secondReminderAt";
    /** Integer, local to a reminder's e-mail task: 7 or 2, the days before the due date. */
    public static final String DAYS_BEFORE = "daysBefore";
    /** String: the statistics of the office's or committee's cases, shown read-only on the form. */
    public static final String FIGURES_TEXT = "figuresText";
    /** String: the summary as typed (pre-filled with the figures); removed once recorded. */
    public static final String SUMMARY_TEXT = "summaryText";

    private SemiannualVariables() {
    }
}
