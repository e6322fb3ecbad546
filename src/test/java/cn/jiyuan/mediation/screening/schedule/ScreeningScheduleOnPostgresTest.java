package cn.jiyuan.mediation.screening.schedule;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class ScreeningScheduleOnPostgresTest extends ScreeningScheduleTestBase {
}
