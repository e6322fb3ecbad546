package cn.jiyuan.mediation.online;

import cn.jiyuan.mediation.support.OnH2;

/** 掌上调解 on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class PublicApplicationsOnH2Test extends PublicApplicationsTestBase {
}
