package cn.jiyuan.mediation.intake;

import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.PartyRole;

/**
 * A validated party of an intake request. Town and village are the effective place of residence: as given,
 * or the case's location when the party gave neither (a village alone implies its town).
 */
public record PartyIntake(String name, PartyRole role, String phone, String idNumber, Boolean consent,
                          String townCode, String villageCode) {

    public boolean refuses() {
        return Boolean.FALSE.equals(consent);
    }

    public CaseParty toParty() {
        return new CaseParty(name, role, phone, idNumber, consent, townCode, villageCode);
    }
}
