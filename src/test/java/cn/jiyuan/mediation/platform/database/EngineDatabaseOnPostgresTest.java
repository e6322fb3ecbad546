package cn.jiyuan.mediation.platform.database;

import cn.jiyuan.mediation.support.OnPostgres;

/** The engine's database on PostgreSQL (the production profile). */
@OnPostgres
class EngineDatabaseOnPostgresTest extends EngineDatabaseTestBase {
}
