package cn.jiyuan.mediation.calendar;

import cn.jiyuan.mediation.support.OnPostgres;

/** The sensitive-period API on a real PostgreSQL server through the production profile. */
@OnPostgres
class SensitivePeriodApiOnPostgresTest extends SensitivePeriodApiTestBase {
}
