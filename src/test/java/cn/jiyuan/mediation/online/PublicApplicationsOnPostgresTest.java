package cn.jiyuan.mediation.online;

import cn.jiyuan.mediation.support.OnPostgres;

/** 掌上调解 on a real PostgreSQL server through the production profile (context shared with the other {@code @OnPostgres} tests). */
@OnPostgres
class PublicApplicationsOnPostgresTest extends PublicApplicationsTestBase {
}
