package cn.jiyuan.mediation.ledger;

import cn.jiyuan.mediation.support.OnPostgres;

/**
 * The case ledger on a real PostgreSQL server through the production profile (context shared with the other
 * {@code @OnPostgres} tests).
 */
@OnPostgres
class LedgerOnPostgresTest extends LedgerTestBase {
}
