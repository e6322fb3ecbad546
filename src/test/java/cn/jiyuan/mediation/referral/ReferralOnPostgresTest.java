package cn.jiyuan.mediation.referral;

import cn.jiyuan.mediation.support.OnPostgres;

/** 三调联动 (referral out and back) on a real PostgreSQL server through the production profile. */
@OnPostgres
class ReferralOnPostgresTest extends ReferralTestBase {
}
