package cn.jiyuan.mediation.cases;

/** A party as stored: its row id (case_party.id), what intake registered, and its particulars. */
public record RegisteredParty(long id, CaseParty party, PartyParticulars particulars) {
}
