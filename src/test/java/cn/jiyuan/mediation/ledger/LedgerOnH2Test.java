package cn.jiyuan.mediation.ledger;

import cn.jiyuan.mediation.support.OnH2;

/** The case ledger on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class LedgerOnH2Test extends LedgerTestBase {
}
