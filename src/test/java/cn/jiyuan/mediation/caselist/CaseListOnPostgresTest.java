package cn.jiyuan.mediation.caselist;

import cn.jiyuan.mediation.support.OnPostgres;

/**
 * 我的案件 on a real PostgreSQL server through the production profile (context shared with the other
 * {@code @OnPostgres} tests).
 */
@OnPostgres
class CaseListOnPostgresTest extends CaseListTestBase {
}
