package cn.jiyuan.mediation.disputecase;

import cn.jiyuan.mediation.support.OnPostgres;

/** The green channel's first contact on a real PostgreSQL server through the production profile. */
@OnPostgres
class GreenChannelFirstContactOnPostgresTest extends GreenChannelFirstContactTestBase {
}
