package cn.jiyuan.mediation.disputecase;

import cn.jiyuan.mediation.support.OnH2;

/** The mediation lifecycle on the embedded H2 database (context shared with the other {@code @OnH2} tests). */
@OnH2
class MediationLifecycleOnH2Test extends MediationLifecycleTestBase {
}
