package cn.jiyuan.mediation.earlywarning;

import cn.jiyuan.mediation.support.OnH2;

/** Early warning on the embedded default H2 file database. */
@OnH2
class EarlyWarningOnH2Test extends EarlyWarningTestBase {
}
