package cn.jiyuan.mediation.monthlyreport;

import cn.jiyuan.mediation.support.OnH2;

/** The monthly work on the embedded default H2 file database (context shared with the other e-mail tests on H2). */
@OnH2
class MonthlyReportOnH2Test extends MonthlyReportTestBase {
}
