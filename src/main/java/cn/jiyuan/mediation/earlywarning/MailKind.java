package cn.jiyuan.mediation.earlywarning;

/** What an e-mail is: about a case (the warnings), a situation report, or a monthly report (about no case). */
public enum MailKind {
    /** 预警: the case was registered with an early warning. */
    WARNING("预警"),
    /** 风险升级预警: the risk of the case rose later (rebound, new indicators, reassessment). */
    ESCALATION("风险升级预警"),
    /** 处置结果报告: the case ended; the outcome reported back to whoever was warned. */
    OUTCOME("处置结果报告"),
    /** 重要情况报告: a justice office's or the grassroots section's ad-hoc report (situationreport). */
    SITUATION_REPORT("重要情况报告"),
    /** 矛盾纠纷排查化解情况月报: a justice office's monthly report to the town (monthlyreport), about no case. */
    MONTHLY_REPORT("月报"),
    /** 半年工作总结提醒: 7 and 2 days before a semi-annual summary is due, to the office or committee (semiannual). */
    SUMMARY_REMINDER("半年工作总结提醒"),
    /** 移送函: a committee refers a case to a court, the police, a petition office or a department (三调联动). */
    REFERRAL_LETTER("移送函");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
