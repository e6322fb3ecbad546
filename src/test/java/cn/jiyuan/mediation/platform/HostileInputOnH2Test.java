package cn.jiyuan.mediation.platform;

import cn.jiyuan.mediation.support.OnH2;

/** Hostile input on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class HostileInputOnH2Test extends HostileInputTestBase {
}
