package cn.jiyuan.mediation.provincial;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.MediationOutcome;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.disputecase.SessionMode;
import cn.jiyuan.mediation.organization.CommitteeType;

/**
 * One concluded case as the export reads it: case_file's own columns (no party, no summary: the report has no
 * personal data) with what its sessions and agreements add.
 *
 * @param committeeType        the type of the handling committee now (a stationed room's type included), null when
 *                             the registry no longer holds it
 * @param referralKind         where its last referral went (三调联动), null when it was never referred
 * @param conclusion           how it concluded (AGREED, NO_AGREEMENT, WITHDRAWN, REFUSED, REFERRED)
 * @param outcome              the outcome of its last mediation, null where none was recorded (a refusal)
 * @param peopleInvolved       涉及人数 as registered, null when not given
 * @param amountInvolved       涉及金额 in yuan, null when not given
 * @param lastSessionMode      the mode of its last session, null when no session was recorded
 * @param sessions             its sessions (调解次数)
 * @param judicialConfirmation whether the parties applied for judicial confirmation of its last agreement
 */
record ConcludedCase(long caseId, String caseNumber, LocalDate registeredOn, LocalDate concludedOn,
                     Integer daysToConclude, String townCode, String townName, String villageCode, String villageName,
                     String committeeCode, String committeeName, HandlingLevel handlingLevel,
                     CommitteeType committeeType, ReferralKind referralKind, DisputeCategory category,
                     IntakeChannel channel, CaseStatus conclusion, MediationOutcome outcome, Integer peopleInvolved,
                     BigDecimal amountInvolved, boolean enterpriseRelated, SessionMode lastSessionMode, int sessions,
                     boolean judicialConfirmation) {

    /** The columns {@link #map} reads, selected over case_file {@code c}. */
    static final String SELECT = "select c.id, c.case_number, c.registered_on, c.concluded_on, c.days_to_conclude,"
            + " c.town_code, t.name as town_name, c.village_code, v.name as village_name, c.committee_code,"
            + " m.name as committee_name, m.type as committee_type, c.referral_kind, c.handling_level, c.category,"
            + " c.channel, c.conclusion, c.outcome,"
            + " c.people_involved, c.amount_involved, c.enterprise_related,"
            // scalar subqueries rather than joins: a case with several sessions or agreements stays one row
            + " (select count(*) from case_session s where s.case_id = c.id) as sessions,"
            + " (select s.mode from case_session s where s.case_id = c.id"
            + " order by s.held_at desc, s.id desc fetch first 1 rows only) as last_mode,"
            + " (select a.judicial_confirmation_applied from case_agreement a where a.case_id = c.id"
            + " order by a.id desc fetch first 1 rows only) as confirmation"
            + " from case_file c left join org_unit t on t.code = c.town_code"
            + " left join org_unit v on v.code = c.village_code"
            + " left join org_committee m on m.code = c.committee_code";

    static ConcludedCase map(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        String committeeType = rs.getString("committee_type");
        String referralKind = rs.getString("referral_kind");
        String mode = rs.getString("last_mode");
        return new ConcludedCase(rs.getLong("id"), rs.getString("case_number"),
                rs.getObject("registered_on", LocalDate.class), rs.getObject("concluded_on", LocalDate.class),
                rs.getObject("days_to_conclude", Integer.class), rs.getString("town_code"), rs.getString("town_name"),
                rs.getString("village_code"), rs.getString("village_name"), rs.getString("committee_code"),
                rs.getString("committee_name"), HandlingLevel.valueOf(rs.getString("handling_level")),
                committeeType == null ? null : CommitteeType.valueOf(committeeType),
                referralKind == null ? null : ReferralKind.valueOf(referralKind),
                DisputeCategory.valueOf(rs.getString("category")), IntakeChannel.valueOf(rs.getString("channel")),
                CaseStatus.valueOf(rs.getString("conclusion")), outcome == null ? null : MediationOutcome.valueOf(outcome),
                rs.getObject("people_involved", Integer.class), rs.getBigDecimal("amount_involved"),
                rs.getBoolean("enterprise_related"), mode == null ? null : SessionMode.valueOf(mode),
                rs.getInt("sessions"), rs.getBoolean("confirmation"));
    }

    /**
     * 协议形式, for a case concluded by agreement whose outcome says which; else null. Only a case concluded by
     * agreement has one: a case reopened after an agreement and then withdrawn still holds the earlier outcome.
     */
    ReportAgreementForm agreementForm() {
        return conclusion == CaseStatus.AGREED && outcome != null ? ReportAgreementForm.of(outcome) : null;
    }
}
