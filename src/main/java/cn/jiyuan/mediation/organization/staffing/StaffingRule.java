package cn.jiyuan.mediation.organization.staffing;

/** The rules of docs/domain.md section 2 a finding is about, as the staffing report names them. */
public enum StaffingRule {
    /** A town or village without a committee of its own (coverage must be 100%). */
    COVERAGE("未设立调委会"),
    /** 3 to 9 members (人民调解法 第八条). */
    MEMBERS("委员人数"),
    /** At least one woman (人民调解法 第八条). */
    WOMAN("妇女成员"),
    /** Full-time mediators: at least 3 in a town committee, 1 in a village committee (the notice, 三(五)). */
    FULL_TIME("专职人民调解员");

    private final String label;

    StaffingRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
