package cn.jiyuan.mediation.screening;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class ScreeningAtScaleOnH2Test extends ScreeningAtScaleTestBase {
}
