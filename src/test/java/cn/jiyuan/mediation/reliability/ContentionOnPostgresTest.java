package cn.jiyuan.mediation.reliability;

import cn.jiyuan.mediation.support.OnPostgres;

/** Lost races on a real PostgreSQL server through the production profile. */
@OnPostgres
class ContentionOnPostgresTest extends ContentionTestBase {
}
