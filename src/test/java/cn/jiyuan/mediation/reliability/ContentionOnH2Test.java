package cn.jiyuan.mediation.reliability;

import cn.jiyuan.mediation.support.OnH2;

/** Lost races on the embedded default (H2 file database). */
@OnH2
class ContentionOnH2Test extends ContentionTestBase {
}
