package cn.jiyuan.mediation.ledger;

import java.time.LocalDate;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.CommitteeType;

/**
 * Which cases of the ledger (矛盾纠纷台账) are wanted; every field null means "any". The statistics build the same
 * filter (period and town) and run it through the same {@link LedgerQuery}, so that a figure and the ledger rows
 * behind it can never disagree.
 *
 * @param from          first registration day (Jiyuan's date), inclusive
 * @param to            last registration day, inclusive
 * @param overdue       true: only open cases past their deadline; false: only the others
 * @param text          case number, or a party's name in cases the reader handles (see {@link LedgerQuery})
 * @param committeeType the type of the handling committee (a stationed room's type among them)
 * @param referralKind  where the case's latest referral went (三调联动)
 * @param referralOutcome what became of the case's latest referral; PENDING: no answer yet
 */
public record LedgerFilter(LocalDate from, LocalDate to, String townCode, String committeeCode,
                           DisputeCategory category, IntakeChannel channel, CaseStatus status, RiskLevel riskLevel,
                           HandlingLevel handlingLevel, Boolean overdue, String text, CommitteeType committeeType,
                           ReferralKind referralKind, ReferralOutcome referralOutcome) {

    /** A filter by none of the committee type and the referral. */
    public LedgerFilter(LocalDate from, LocalDate to, String townCode, String committeeCode, DisputeCategory category,
                        IntakeChannel channel, CaseStatus status, RiskLevel riskLevel, HandlingLevel handlingLevel,
                        Boolean overdue, String text) {
        this(from, to, townCode, committeeCode, category, channel, status, riskLevel, handlingLevel, overdue, text,
                null, null, null);
    }

    /** Cases registered between {@code from} and {@code to} (both inclusive), optionally of one town. */
    public static LedgerFilter period(LocalDate from, LocalDate to, String townCode) {
        return new LedgerFilter(from, to, townCode, null, null, null, null, null, null, null, null);
    }
}
