package cn.jiyuan.mediation.provincial;

import cn.jiyuan.mediation.cases.MediationOutcome;

/**
 * 协议形式 of a case concluded by agreement (人民调解法第二十八条: a written agreement, or an oral one recorded by the
 * mediator), read from case_file.outcome, which holds the outcome of the case's last agreement. Empty for every other
 * result.
 */
public enum ReportAgreementForm implements ReportCode {
    WRITTEN("01", "书面协议"),
    ORAL("02", "口头协议");

    private final String code;
    private final String label;

    ReportAgreementForm(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The form of an agreement, or null for an outcome that is none (no agreement, withdrawal, referral). */
    public static ReportAgreementForm of(MediationOutcome outcome) {
        return switch (outcome) {
            case AGREEMENT_WRITTEN -> WRITTEN;
            case AGREEMENT_ORAL -> ORAL;
            case NO_AGREEMENT, WITHDRAWN, REFERRED -> null;
        };
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
