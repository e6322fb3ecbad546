package cn.jiyuan.mediation.screening.schedule;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class ScreeningScheduleOnH2Test extends ScreeningScheduleTestBase {
}
