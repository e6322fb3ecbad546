package cn.jiyuan.mediation.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A party as the ledger shows it: name and phone in full only to those who handle the case, else 王某, 138****1234. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LedgerParty(String role, String roleLabel, String name, String phone) {
}
