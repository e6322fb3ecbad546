package cn.jiyuan.mediation.calendar;

import cn.jiyuan.mediation.support.OnH2;

/** The sensitive-period API on the embedded default H2 database. */
@OnH2
class SensitivePeriodApiOnH2Test extends SensitivePeriodApiTestBase {
}
