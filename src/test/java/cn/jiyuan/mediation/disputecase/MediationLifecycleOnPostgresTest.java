package cn.jiyuan.mediation.disputecase;

import cn.jiyuan.mediation.support.OnPostgres;

/** The mediation lifecycle on a real PostgreSQL server (context shared with the other {@code @OnPostgres} tests). */
@OnPostgres
class MediationLifecycleOnPostgresTest extends MediationLifecycleTestBase {
}
