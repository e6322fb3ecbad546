package cn.jiyuan.mediation.ledger;

import java.util.List;

/** A page of the ledger: {@code total} counts every matching case, {@code page} from 0. */
public record LedgerPage(long total, int page, int size, List<LedgerItem> items) {
}
