package cn.jiyuan.mediation.organization.staffing;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class StaffingReportOnPostgresTest extends StaffingReportTestBase {
}
