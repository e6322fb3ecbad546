package cn.jiyuan.mediation.ledger;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of the ledger: {@code total} counts every matching case, {@code page} from 0. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LedgerPage(long total, int page, int size, List<LedgerItem> items) {
}
