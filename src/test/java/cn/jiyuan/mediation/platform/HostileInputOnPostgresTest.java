package cn.jiyuan.mediation.platform;

import cn.jiyuan.mediation.support.OnPostgres;

/** Hostile input on a real PostgreSQL server (context shared with the other {@code @OnPostgres} tests). */
@OnPostgres
class HostileInputOnPostgresTest extends HostileInputTestBase {
}
