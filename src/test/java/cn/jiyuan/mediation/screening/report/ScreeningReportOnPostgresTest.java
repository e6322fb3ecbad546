package cn.jiyuan.mediation.screening.report;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class ScreeningReportOnPostgresTest extends ScreeningReportTestBase {
}
