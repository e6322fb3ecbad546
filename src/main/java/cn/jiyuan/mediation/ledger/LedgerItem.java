package cn.jiyuan.mediation.ledger;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A row of the ledger as the API answers it: every code with its Chinese label beside it. Dates are Jiyuan's
 * dates (yyyy-MM-dd); {@code concludedOn}, {@code conclusion}, {@code outcome} and their labels are null while the
 * case is open; {@code parties} are masked unless {@code fullAccess}. {@code referralKind} and
 * {@code referralOutcome} (with labels) describe the case's latest referral (三调联动): null when it was never
 * referred, the outcome PENDING (待回复) while its answer is awaited.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LedgerItem(long caseId, String caseNumber, String category, String categoryLabel, String channel,
                         String channelLabel, String status, String statusLabel, String riskLevel,
                         String riskLevelLabel, String handlingLevel, String handlingLevelLabel, String townCode,
                         String townName, String villageCode, String villageName, String committeeCode,
                         String committeeName, LocalDate registeredOn, LocalDate deadline, LocalDate concludedOn,
                         String conclusion, String conclusionLabel, String outcome, String outcomeLabel,
                         boolean overdue, boolean earlyWarning, int rebounds, String processInstanceId,
                         boolean fullAccess, List<LedgerParty> parties, String referralKind, String referralKindLabel,
                         String referralOutcome, String referralOutcomeLabel) {
}
