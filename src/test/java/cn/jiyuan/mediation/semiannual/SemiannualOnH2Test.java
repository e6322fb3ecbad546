package cn.jiyuan.mediation.semiannual;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class SemiannualOnH2Test extends SemiannualTestBase {
}
