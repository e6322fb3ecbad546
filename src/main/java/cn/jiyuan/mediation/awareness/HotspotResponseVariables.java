package cn.jiyuan.mediation.awareness;

/** Key and variable names of the process hotspot-response (processes/hotspot-response.bpmn). */
public final class HotspotResponseVariables {

    public static final String PROCESS_KEY = "hotspot-response";

    /** The alert (awareness_alert.id); the business key is {@code HOTSPOT-{id}}. */
    public static final String ALERT_ID = "alertId";
    /** The town: the instance belongs to its tenant, so that only its justice office and the city read it. */
    public static final String TOWN_CODE = "townCode";
    /** {@code justice-office-{town}}: the candidate group of the task. */
    public static final String JUSTICE_OFFICE_GROUP = "justiceOfficeGroup";
    /** When the task is due (seven days). */
    public static final String RESPONSE_DUE = "responseDue";
    /** The alert's texts, shown read-only on the form (no personal data: figures, places, categories). */
    public static final String ALERT_TITLE = "alertTitle";
    public static final String ALERT_DESCRIPTION = "alertDescription";
    public static final String RECOMMENDED_ACTION = "recommendedAction";
    /** The form's choice: {@link #CAMPAIGN} or {@link #OTHER}. */
    public static final String RESPONSE = "response";
    public static final String CAMPAIGN = "CAMPAIGN";
    public static final String OTHER = "OTHER";
    /** The campaign's topic (suggested from the alert) and due date (YYYY-MM-DD, suggested: a week ahead). */
    public static final String TOPIC = "topic";
    public static final String DUE_DATE = "dueDate";
    /** What the office did; recorded on the alert and removed from the process. */
    public static final String RESPONSE_NOTE = "responseNote";

    private HotspotResponseVariables() {
    }
}
