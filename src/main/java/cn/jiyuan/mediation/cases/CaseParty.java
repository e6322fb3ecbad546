package cn.jiyuan.mediation.cases;

/**
 * A party of a case (当事人). {@code consent} false means the party refuses mediation; null means not asked.
 * Town and village are where the party lives (defaulting to the case's location at intake).
 */
public record CaseParty(String name, PartyRole role, String phone, String idNumber, Boolean consent,
                        String townCode, String villageCode) {
}
