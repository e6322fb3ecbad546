package cn.jiyuan.mediation.organization.staffing;

/** Key and variable names of the process staffing-review (processes/staffing-review.bpmn). */
public final class StaffingReviewVariables {

    public static final String PROCESS_KEY = "staffing-review";

    /** Codes of the justice offices whose town has staffing gaps; one rectification task each. */
    public static final String OFFICES_WITH_FINDINGS = "officesWithFindings";
    /** Element variable of the rectification multi-instance. */
    public static final String OFFICE_CODE = "officeCode";
    /** Task-local: the gaps shown on the rectification task. */
    public static final String FINDING_SUMMARY = "findingSummary";

    private StaffingReviewVariables() {
    }
}
