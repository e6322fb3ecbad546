package cn.jiyuan.mediation.screening.coverage;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class ScreeningCoverageApiOnH2Test extends ScreeningCoverageApiTestBase {
}
