package cn.jiyuan.mediation.screening.round;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class ScreeningScheduleOnPostgresTest extends ScreeningScheduleTestBase {
}
