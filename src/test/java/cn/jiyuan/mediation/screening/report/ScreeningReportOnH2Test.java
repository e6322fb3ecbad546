package cn.jiyuan.mediation.screening.report;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class ScreeningReportOnH2Test extends ScreeningReportTestBase {
}
