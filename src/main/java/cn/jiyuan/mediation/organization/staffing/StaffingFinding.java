package cn.jiyuan.mediation.organization.staffing;

/** One committee that breaks a staffing rule, and which rule (in Chinese, as shown to supervisors). */
public record StaffingFinding(String committeeCode, String committeeName, String supervisingOfficeCode,
                              String rule) {
}
