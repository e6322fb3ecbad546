package cn.jiyuan.mediation.situationreport;

import cn.jiyuan.mediation.support.OnH2;

/** Important situations on the embedded default H2 file database. */
@OnH2
class SituationReportOnH2Test extends SituationReportTestBase {
}
