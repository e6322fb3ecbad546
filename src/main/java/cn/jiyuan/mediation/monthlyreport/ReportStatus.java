package cn.jiyuan.mediation.monthlyreport;

/** Where a justice office's monthly report stands (monthly_report.status). */
public enum ReportStatus {
    /** 待召开例会 */
    OPEN("待召开例会"),
    /** 例会已召开，月报生成中 */
    MEETING_HELD("月报生成中"),
    /** 待审核签发 */
    GENERATED("待审核签发"),
    /** 已签发，报送中 */
    SIGNED_OFF("已签发，报送中"),
    /** 已报送党委政府 */
    REPORTED("已报送");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
