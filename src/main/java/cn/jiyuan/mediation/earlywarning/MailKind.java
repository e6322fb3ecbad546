package cn.jiyuan.mediation.earlywarning;

/** What an e-mail about a case (or a situation report) is. */
public enum MailKind {
    /** 预警: the case was registered with an early warning. */
    WARNING("预警"),
    /** 风险升级预警: the risk of the case rose later (rebound, new indicators, reassessment). */
    ESCALATION("风险升级预警"),
    /** 处置结果报告: the case ended; the outcome reported back to whoever was warned. */
    OUTCOME("处置结果报告"),
    /** 重要情况报告: a justice office's or the grassroots section's ad-hoc report (situationreport). */
    SITUATION_REPORT("重要情况报告");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
