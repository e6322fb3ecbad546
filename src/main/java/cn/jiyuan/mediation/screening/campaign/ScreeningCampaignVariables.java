package cn.jiyuan.mediation.screening.campaign;

/** Key and variable names of the process screening-campaign (processes/screening-campaign.bpmn). */
public final class ScreeningCampaignVariables {

    public static final String PROCESS_KEY = "screening-campaign";

    /** Who started the campaign (the engine's initiator); the roll-up task goes back to them. */
    public static final String INITIATOR = "initiator";
    public static final String TOPIC = "topic";
    public static final String REQUIREMENT = "requirement";
    /** CITY or TOWNS. */
    public static final String SCOPE = "scope";
    /** The towns of a TOWNS campaign. */
    public static final String TOWN_CODES = "townCodes";
    /** ISO date the reports are due. */
    public static final String DUE_DATE = "dueDate";
    /** Set when planned: the screening round of the campaign. */
    public static final String ROUND_ID = "roundId";
    public static final String EXPECTED_UNITS = "expectedUnits";
    /** java.util.Date: when the roll-up is due. */
    public static final String DUE_AT = "dueAt";
    /** Batches of units whose reports are started by one job each. */
    public static final String BATCHES = "batches";
    /** Element variable of the batches' multi-instance. */
    public static final String BATCH = "batch";
    /** Task-local: the roll-up shown on the summary task. */
    public static final String ROLLUP = "rollup";
    /** Set by the summary form. */
    public static final String SUMMARY_OPINION = "summaryOpinion";

    private ScreeningCampaignVariables() {
    }
}
