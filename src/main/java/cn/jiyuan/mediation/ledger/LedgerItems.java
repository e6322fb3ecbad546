package cn.jiyuan.mediation.ledger;

import java.time.LocalDate;
import java.util.List;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.MediationOutcome;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.cases.PersonalDataMasking;

/** Turns a {@link LedgerRow} and its parties into the {@link LedgerItem} users read: labels, masking. */
final class LedgerItems {

    private LedgerItems() {
    }

    static LedgerItem of(LedgerRow row, List<LedgerRepository.StoredParty> parties, LocalDate today) {
        String outcome = row.concluded() ? row.outcome() : null;
        return new LedgerItem(row.caseId(), row.caseNumber(), row.category().name(), row.category().label(),
                row.channel().name(), row.channel().label(), row.status(), statusLabel(row.status()),
                row.riskLevel().name(), row.riskLevel().label(), row.handlingLevel().name(),
                row.handlingLevel().label(), row.townCode(), row.townName(), row.villageCode(), row.villageName(),
                row.committeeCode(), row.committeeName(), row.registeredOn(), row.deadline(), row.concludedOn(),
                row.conclusion() == null ? null : row.conclusion().name(),
                row.conclusion() == null ? null : row.conclusion().label(), outcome, outcomeLabel(outcome),
                row.overdueOn(today), row.earlyWarning(), row.rebounds(), row.processInstanceId(), row.fullAccess(),
                parties.stream().map(p -> party(p, row.fullAccess())).toList(), row.referralKind(),
                row.referralKind() == null ? null : ReferralKind.valueOf(row.referralKind()).label(),
                referralOutcome(row), referralOutcome(row) == null ? null
                        : ReferralOutcome.valueOf(referralOutcome(row)).label());
    }

    /** The latest referral's answer, PENDING while it is awaited, null for a case never referred. */
    private static String referralOutcome(LedgerRow row) {
        if (row.referralKind() == null) {
            return null;
        }
        return row.referralOutcome() == null ? ReferralOutcome.PENDING.name() : row.referralOutcome();
    }

    private static LedgerParty party(LedgerRepository.StoredParty p, boolean full) {
        String name = full ? p.name() : PersonalDataMasking.name(p.name());
        String phone = p.phone() == null ? null : full ? p.phone() : PersonalDataMasking.phone(p.phone());
        return new LedgerParty(p.role().name(), p.role().label(), name, phone);
    }

    /** A status the code list does not know (a state added later) is shown as its code rather than hidden. */
    static String statusLabel(String status) {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equals(status)) {
                return s.label();
            }
        }
        return status;
    }

    private static String outcomeLabel(String outcome) {
        for (MediationOutcome o : MediationOutcome.values()) {
            if (o.name().equals(outcome)) {
                return o.label();
            }
        }
        return outcome;
    }
}
