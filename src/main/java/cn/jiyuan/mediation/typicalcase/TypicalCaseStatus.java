package cn.jiyuan.mediation.typicalcase;

/** Where a nomination stands (typical_case.status). */
public enum TypicalCaseStatus {
    OFFICE_REVIEW("司法所审核中"),
    SECTION_REVIEW("基层科审核中"),
    PUBLISHED("已发布"),
    RETURNED("已退回");

    private final String label;

    TypicalCaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A nomination still under way or published: the case cannot be nominated again. */
    public boolean isActive() {
        return this != RETURNED;
    }
}
