package cn.jiyuan.mediation.intake;

import java.time.LocalDate;

/** The answer to POST /api/cases (201). */
public record CaseIntakeResult(long caseId, String caseNumber, String processInstanceId, String status,
                               String handlingLevel, String committeeCode, String committeeName, String riskLevel,
                               boolean earlyWarning, boolean greenChannel, LocalDate deadline) {
}
