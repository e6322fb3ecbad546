package cn.jiyuan.mediation.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of case_file: the dispute case (矛盾纠纷案件). {@code status} is a {@link CaseStatus} code. */
public record CaseFile(Long id, String caseNumber, String committeeCode, int caseYear, int sequenceNo,
                       IntakeChannel channel, DisputeCategory category, String summary, String townCode,
                       String villageCode, Integer peopleInvolved, BigDecimal amountInvolved,
                       boolean enterpriseRelated, String referralReference, boolean crossVillage, boolean crossTown,
                       boolean sensitivePeriod, RiskLevel riskLevel, boolean earlyWarning,
                       HandlingLevel handlingLevel, boolean greenChannel, String status, String outcome,
                       LocalDate deadline, String processInstanceId, OffsetDateTime createdAt, String createdBy) {

    public CaseFile withId(long newId) {
        return new CaseFile(newId, caseNumber, committeeCode, caseYear, sequenceNo, channel, category, summary, townCode,
                villageCode, peopleInvolved, amountInvolved, enterpriseRelated, referralReference, crossVillage,
                crossTown, sensitivePeriod, riskLevel, earlyWarning, handlingLevel, greenChannel, status, outcome,
                deadline, processInstanceId, createdAt, createdBy);
    }
}
