package cn.jiyuan.mediation.cases;

import cn.jiyuan.mediation.support.OnPostgres;

/**
 * Cases on a real PostgreSQL server through the production profile (context shared with the other
 * {@code @OnPostgres} tests).
 */
@OnPostgres
class CasesOnPostgresTest extends CasesTestBase {
}
