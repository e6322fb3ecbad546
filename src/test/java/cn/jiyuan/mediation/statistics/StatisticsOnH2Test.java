package cn.jiyuan.mediation.statistics;

import cn.jiyuan.mediation.support.OnH2;

/** The statistics on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class StatisticsOnH2Test extends StatisticsTestBase {
}
