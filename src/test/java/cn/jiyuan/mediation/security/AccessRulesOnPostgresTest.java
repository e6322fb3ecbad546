package cn.jiyuan.mediation.security;

import cn.jiyuan.mediation.support.OnPostgres;

/** The access rules on a real PostgreSQL server. */
@OnPostgres
class AccessRulesOnPostgresTest extends AccessRulesTestBase {
}
