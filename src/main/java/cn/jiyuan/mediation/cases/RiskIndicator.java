package cn.jiyuan.mediation.cases;

/**
 * Risk indicator (风险因素), docs/domain.md section 3, with the name of the boolean input of the
 * {@code riskAssessment} decision it feeds ({@code null} for REBOUND, which feeds {@code reboundCount}).
 */
public enum RiskIndicator {
    VIOLENCE_THREAT("扬言暴力或报复", "violenceThreat"),
    EXTREME_BEHAVIOR("扬言极端行为(自杀、自残)", "extremeBehavior"),
    PUBLIC_SECURITY_RISK("可能引发治安案件", "publicSecurityRisk"),
    CRIMINAL_RISK("可能民转刑", "criminalRisk"),
    MASS_INCIDENT_RISK("可能引发群体性事件", "massIncidentRisk"),
    REPEATED_PETITION("重复信访", "repeatedPetition"),
    VULNERABLE_PARTY("涉及老弱病残孕幼", "vulnerableParty"),
    REBOUND("调解后反弹", null);

    private final String label;
    private final String decisionInput;

    RiskIndicator(String label, String decisionInput) {
        this.label = label;
        this.decisionInput = decisionInput;
    }

    public String label() {
        return label;
    }

    /** The boolean input variable of the risk decisions, or null when the indicator is not a flag. */
    public String decisionInput() {
        return decisionInput;
    }
}
