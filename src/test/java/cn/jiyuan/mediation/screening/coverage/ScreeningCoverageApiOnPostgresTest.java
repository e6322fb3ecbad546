package cn.jiyuan.mediation.screening.coverage;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class ScreeningCoverageApiOnPostgresTest extends ScreeningCoverageApiTestBase {
}
