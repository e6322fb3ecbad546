package cn.jiyuan.mediation.earlywarning;

import cn.jiyuan.mediation.support.OnH2;

/** The stability-risk ledger's download on the embedded default H2 file database. */
@OnH2
class StabilityRiskExportOnH2Test extends StabilityRiskExportTestBase {
}
