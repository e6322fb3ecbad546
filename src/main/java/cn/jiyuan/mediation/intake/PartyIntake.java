package cn.jiyuan.mediation.intake;

import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.PartyParticulars;
import cn.jiyuan.mediation.cases.PartyRole;

/**
 * A validated party of an intake request. Town and village are the effective place of residence: as given,
 * or the case's location when the party gave neither (a village alone implies its town). The particulars are
 * what intake learnt of the party for a written agreement ({@link PartyParticulars#NONE} when nothing).
 */
public record PartyIntake(String name, PartyRole role, String phone, String idNumber, Boolean consent,
                          String townCode, String villageCode, PartyParticulars particulars) {

    /** A party of whom only the contact data is known. */
    public PartyIntake(String name, PartyRole role, String phone, String idNumber, Boolean consent, String townCode,
                       String villageCode) {
        this(name, role, phone, idNumber, consent, townCode, villageCode, PartyParticulars.NONE);
    }

    public boolean refuses() {
        return Boolean.FALSE.equals(consent);
    }

    public CaseParty toParty() {
        return new CaseParty(name, role, phone, idNumber, consent, townCode, villageCode);
    }
}
