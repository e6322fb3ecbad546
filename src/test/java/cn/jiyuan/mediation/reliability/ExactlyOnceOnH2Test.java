package cn.jiyuan.mediation.reliability;

import cn.jiyuan.mediation.support.OnH2;

/** Every e-mail once, on the embedded default (H2 file database). */
@OnH2
class ExactlyOnceOnH2Test extends ExactlyOnceTestBase {
}
