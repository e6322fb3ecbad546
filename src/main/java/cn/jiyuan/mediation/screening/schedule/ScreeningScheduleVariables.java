package cn.jiyuan.mediation.screening.schedule;

/** Key and variable names of the process screening-schedule (processes/screening-schedule.bpmn). */
public final class ScreeningScheduleVariables {

    public static final String PROCESS_KEY = "screening-schedule";

    /** Message that opens the rounds of a missed day (POST /api/admin/screening/catch-up). */
    public static final String CATCH_UP_MESSAGE = "screeningScheduleCatchUp";
    /** ISO date of the screening day; absent when the morning timer starts the process (today). */
    public static final String SCREENING_DATE = "screeningDate";
    /** Ids (as text) of the rounds opened for the day. */
    public static final String ROUND_IDS = "roundIds";
    /** Batches of units whose reports are started by one job each. */
    public static final String BATCHES = "batches";
    /** Element variable of the batches' multi-instance. */
    public static final String BATCH = "batch";

    private ScreeningScheduleVariables() {
    }
}
