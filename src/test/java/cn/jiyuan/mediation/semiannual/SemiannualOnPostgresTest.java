package cn.jiyuan.mediation.semiannual;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class SemiannualOnPostgresTest extends SemiannualTestBase {
}
