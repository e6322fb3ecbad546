package cn.jiyuan.mediation.screening.report;

import cn.jiyuan.mediation.support.OnH2;

/** The screening findings' download on the embedded default H2 file database. */
@OnH2
class ScreeningFindingExportOnH2Test extends ScreeningFindingExportTestBase {
}
