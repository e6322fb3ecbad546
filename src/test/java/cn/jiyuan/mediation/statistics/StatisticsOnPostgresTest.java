package cn.jiyuan.mediation.statistics;

import cn.jiyuan.mediation.support.OnPostgres;

/**
 * The statistics on a real PostgreSQL server through the production profile (context shared with the other
 * {@code @OnPostgres} tests).
 */
@OnPostgres
class StatisticsOnPostgresTest extends StatisticsTestBase {
}
