package cn.jiyuan.mediation.referral;

import cn.jiyuan.mediation.support.OnH2;

/** 三调联动 (referral out and back) on the embedded default H2 file database. */
@OnH2
class ReferralOnH2Test extends ReferralTestBase {
}
