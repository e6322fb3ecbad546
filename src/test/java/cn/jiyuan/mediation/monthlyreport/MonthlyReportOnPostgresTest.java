package cn.jiyuan.mediation.monthlyreport;

import cn.jiyuan.mediation.support.OnPostgres;

/**
 * The monthly work on a real PostgreSQL server through the production profile (context shared with the other e-mail
 * tests on PostgreSQL).
 */
@OnPostgres
class MonthlyReportOnPostgresTest extends MonthlyReportTestBase {
}
