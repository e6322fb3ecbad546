package cn.jiyuan.mediation.organization.staffing;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class StaffingReviewProcessOnPostgresTest extends StaffingReviewProcessTestBase {
}
