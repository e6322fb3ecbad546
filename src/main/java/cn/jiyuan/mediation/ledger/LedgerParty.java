package cn.jiyuan.mediation.ledger;

/** A party as the ledger shows it: name and phone in full only to those who handle the case, else 王某, 138****1234. */
public record LedgerParty(String role, String roleLabel, String name, String phone) {
}
