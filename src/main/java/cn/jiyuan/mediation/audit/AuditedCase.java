package cn.jiyuan.mediation.audit;

/** The case a recorded request concerned. */
record AuditedCase(long id, String number) {
}
