package cn.jiyuan.mediation.statistics;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An open case of high or critical risk, with what the dashboard needs to link it to Cockpit. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HighRiskCase(long caseId, String caseNumber, String riskLevel, String riskLevelLabel, String townCode,
                           String townName, String committeeCode, String committeeName, LocalDate deadline,
                           boolean overdue, String processInstanceId) {
}
