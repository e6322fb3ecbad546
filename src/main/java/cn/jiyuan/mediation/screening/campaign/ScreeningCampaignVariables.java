package cn.jiyuan.mediation.screening.campaign;

import cn.jiyuan.mediation.screening.report.ScreeningReportVariables;
import cn.jiyuan.mediation.screening.schedule.ScreeningScheduleVariables;

/** Key, message and variable names of the process screening-campaign (processes/screening-campaign.bpmn). */
public final class ScreeningCampaignVariables {

    public static final String PROCESS_KEY = "screening-campaign";
    /** Correlated by {@link CampaignProgress} when every unit in scope has reported. */
    public static final String ALL_REPORTED_MESSAGE = "screeningCampaignAllReported";

    /** Who started the campaign (the engine's initiator); the roll-up task goes back to them. */
    public static final String INITIATOR = "initiator";
    /** The campaign's topic and requirement, passed on to its reports (hence declared there). */
    public static final String TOPIC = ScreeningReportVariables.TOPIC;
    public static final String REQUIREMENT = ScreeningReportVariables.REQUIREMENT;
    /** CITY or TOWNS. */
    public static final String SCOPE = "scope";
    /** The towns of a TOWNS campaign. */
    public static final String TOWN_CODES = "townCodes";
    /** ISO date the reports are due. */
    public static final String DUE_DATE = "dueDate";
    /** Set when planned: the screening round of the campaign. */
    public static final String ROUND_ID = ScreeningReportVariables.ROUND_ID;
    public static final String EXPECTED_UNITS = "expectedUnits";
    /** java.util.Date: when the roll-up is due. */
    public static final String DUE_AT = ScreeningReportVariables.DUE_AT;
    /**
     * Batches of units whose reports are started by one job each, and the element variable of their
     * multi-instance: named as in screening-schedule, whose issuing delegate (startScreeningReports) both use.
     */
    public static final String BATCHES = ScreeningScheduleVariables.BATCHES;
    public static final String BATCH = ScreeningScheduleVariables.BATCH;
    /** Task-local: the roll-up shown on the summary task. */
    public static final String ROLLUP = "rollup";
    /** Set by the summary form. */
    public static final String SUMMARY_OPINION = "summaryOpinion";

    private ScreeningCampaignVariables() {
    }
}
