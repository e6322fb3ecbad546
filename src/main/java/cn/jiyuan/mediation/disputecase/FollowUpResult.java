package cn.jiyuan.mediation.disputecase;

/** Result of a follow-up visit (回访结果). */
public enum FollowUpResult {
    FULFILLED("已履行"),
    IN_PROGRESS("履行中"),
    REBOUND("反弹"),
    BREACH("违约");

    private final String label;

    FollowUpResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
