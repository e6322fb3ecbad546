package cn.jiyuan.mediation.provincial;

import cn.jiyuan.mediation.support.OnPostgres;

/**
 * The provincial export on a real PostgreSQL server through the production profile (context shared with the other
 * {@code @OnPostgres} tests).
 */
@OnPostgres
class ProvincialExportOnPostgresTest extends ProvincialExportTestBase {
}
