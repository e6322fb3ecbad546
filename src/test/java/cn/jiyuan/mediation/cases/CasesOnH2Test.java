package cn.jiyuan.mediation.cases;

import cn.jiyuan.mediation.support.OnH2;

/** Cases on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class CasesOnH2Test extends CasesTestBase {
}
