package cn.jiyuan.mediation.semiannual;

/**
 * An office or committee that owes a summary.
 *
 * @param townCode a justice office's town (the tenant of its summary), null for an industry committee
 * @param group    the Camunda group that writes the summary
 */
public record ReportingUnit(UnitKind kind, String code, String name, String townCode, String group) {
}
