package cn.jiyuan.mediation.organization.staffing;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class StaffingReviewProcessOnH2Test extends StaffingReviewProcessTestBase {
}
