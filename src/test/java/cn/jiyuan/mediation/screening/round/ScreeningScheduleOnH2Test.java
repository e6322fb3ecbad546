package cn.jiyuan.mediation.screening.round;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class ScreeningScheduleOnH2Test extends ScreeningScheduleTestBase {
}
