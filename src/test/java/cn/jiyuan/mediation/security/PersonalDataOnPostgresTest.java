package cn.jiyuan.mediation.security;

import cn.jiyuan.mediation.support.OnPostgres;

/** Personal data kept out of the engine, on a real PostgreSQL server. */
@OnPostgres
class PersonalDataOnPostgresTest extends PersonalDataTestBase {
}
