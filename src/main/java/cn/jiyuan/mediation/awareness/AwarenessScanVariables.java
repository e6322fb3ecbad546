package cn.jiyuan.mediation.awareness;

/** Key and variable names of the process awareness-scan (processes/awareness-scan.bpmn). */
public final class AwarenessScanVariables {

    public static final String PROCESS_KEY = "awareness-scan";

    /** How many hotspot and workload alerts the scan found (for Cockpit; the alerts themselves are in the table). */
    public static final String ALERTS_FOUND = "alertsFound";
    /** How many of them are new. */
    public static final String ALERTS_OPENED = "alertsOpened";

    private AwarenessScanVariables() {
    }
}
