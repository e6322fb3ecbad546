package cn.jiyuan.mediation.disputecase;

import cn.jiyuan.mediation.support.OnH2;

/** The green channel's first contact on the embedded H2 database (context shared with the other {@code @OnH2} tests). */
@OnH2
class GreenChannelFirstContactOnH2Test extends GreenChannelFirstContactTestBase {
}
