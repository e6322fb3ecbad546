package cn.jiyuan.mediation.organization.staffing;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class StaffingReportOnH2Test extends StaffingReportTestBase {
}
