package cn.jiyuan.mediation.provincial;

import cn.jiyuan.mediation.support.OnH2;

/** The provincial export on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class ProvincialExportOnH2Test extends ProvincialExportTestBase {
}
