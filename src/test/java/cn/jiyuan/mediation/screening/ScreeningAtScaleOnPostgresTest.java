package cn.jiyuan.mediation.screening;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class ScreeningAtScaleOnPostgresTest extends ScreeningAtScaleTestBase {
}
