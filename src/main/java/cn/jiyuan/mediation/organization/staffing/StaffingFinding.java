package cn.jiyuan.mediation.organization.staffing;

/**
 * One committee that breaks a staffing rule, and which rule: in Chinese with the figures, as shown to supervisors
 * ({@code rule}), and as a kind ({@code kind}) for reports that count findings by rule.
 */
public record StaffingFinding(String committeeCode, String committeeName, String supervisingOfficeCode,
                              String rule, StaffingRule kind) {
}
