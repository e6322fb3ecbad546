package cn.jiyuan.mediation.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskLevel;

/**
 * A case as the ledger and the statistics read it, before labels and parties: codes, Jiyuan's dates and what is
 * derived from the status history (see {@link LedgerQuery} for "concluded" and "overdue").
 *
 * @param status         a {@link CaseStatus} code (kept as text: the lifecycle may add states)
 * @param outcome        a {@code MediationOutcome} code, null when there was none
 * @param concludedOn    the day of the conclusion, null while open
 * @param conclusion     the concluding status (AGREED, NO_AGREEMENT, WITHDRAWN, REFUSED, REFERRED), null while open
 * @param rebounds       follow-up visits with the result REBOUND
 * @param fullAccess     the reader handles or supervises the case: parties in full
 * @param referralKind   a {@code ReferralKind} code: where the case's latest referral went, null if never referred
 * @param referralOutcome a {@code ReferralOutcome} code of that referral's answer, null while it is awaited
 */
public record LedgerRow(long caseId, String caseNumber, DisputeCategory category, IntakeChannel channel, String status,
                        String outcome, RiskLevel riskLevel, HandlingLevel handlingLevel, String townCode,
                        String townName, String villageCode, String villageName, String committeeCode,
                        String committeeName, LocalDate registeredOn, LocalDate deadline, String processInstanceId,
                        boolean earlyWarning, LocalDate concludedOn, CaseStatus conclusion, int rebounds,
                        boolean fullAccess, String referralKind, String referralOutcome) {

    public boolean concluded() {
        return conclusion != null;
    }

    /** Open and past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !concluded() && deadline.isBefore(today);
    }

    /** Concluded on or before its deadline (the deadline including an extension). */
    public boolean concludedOnTime() {
        return concluded() && !concludedOn.isAfter(deadline);
    }

    static LedgerRow map(ResultSet rs) throws SQLException {
        String conclusion = rs.getString("conclusion");
        return new LedgerRow(rs.getLong("id"), rs.getString("case_number"),
                DisputeCategory.valueOf(rs.getString("category")), IntakeChannel.valueOf(rs.getString("channel")),
                rs.getString("status"), rs.getString("outcome"), RiskLevel.valueOf(rs.getString("risk_level")),
                HandlingLevel.valueOf(rs.getString("handling_level")), rs.getString("town_code"),
                rs.getString("town_name"), rs.getString("village_code"), rs.getString("village_name"),
                rs.getString("committee_code"), rs.getString("committee_name"), day(rs, "created_at"),
                rs.getObject("deadline", LocalDate.class), rs.getString("process_instance_id"),
                rs.getBoolean("early_warning"), rs.getObject("concluded_on", LocalDate.class),
                conclusion == null ? null : CaseStatus.valueOf(conclusion), rs.getInt("rebounds"),
                rs.getInt("full_access") == 1, rs.getString("referral_kind"), rs.getString("referral_outcome"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toLocalDate();
    }
}
