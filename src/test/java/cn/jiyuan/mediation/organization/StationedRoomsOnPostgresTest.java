package cn.jiyuan.mediation.organization;

import cn.jiyuan.mediation.support.OnPostgres;

/** Stationed mediation rooms (派驻人民调解工作室) on a real PostgreSQL server through the production profile. */
@OnPostgres
class StationedRoomsOnPostgresTest extends StationedRoomsTestBase {
}
