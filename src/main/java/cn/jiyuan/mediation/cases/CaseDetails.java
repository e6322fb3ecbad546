package cn.jiyuan.mediation.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The answer to GET /api/cases/{caseNumber-or-id}: the case, its parties (masked) and its history. */
public record CaseDetails(long caseId, String caseNumber, String status, String statusName, String outcome,
                          String channel, String channelName, String category, String categoryName, String summary,
                          String townCode, String townName, String villageCode, String villageName,
                          Integer peopleInvolved, BigDecimal amountInvolved, boolean enterpriseRelated,
                          String referralReference, boolean crossVillage, boolean crossTown, String riskLevel,
                          String riskLevelName, boolean earlyWarning, boolean greenChannel, String handlingLevel,
                          String handlingLevelName, String committeeCode, String committeeName, LocalDate deadline,
                          String processInstanceId, OffsetDateTime createdAt, String createdBy, List<Party> parties,
                          List<Indicator> riskIndicators, List<History> history) {

    /** A party; phone and ID number masked (138****1234, 410881********1234). */
    public record Party(String name, String role, String roleName, String phone, String idNumber, Boolean consent,
                        String townCode, String villageCode) {
    }

    public record Indicator(String code, String name) {
    }

    /** A status change, oldest first. */
    public record History(String status, String statusName, OffsetDateTime at, String by, String note) {
    }
}
