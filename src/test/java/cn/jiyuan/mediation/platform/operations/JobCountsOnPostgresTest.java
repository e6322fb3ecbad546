package cn.jiyuan.mediation.platform.operations;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class JobCountsOnPostgresTest extends JobCountsTestBase {
}
