package cn.jiyuan.mediation.awareness;

import cn.jiyuan.mediation.support.OnH2;

/** Situational awareness on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class AwarenessOnH2Test extends AwarenessTestBase {
}
