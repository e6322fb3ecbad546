package cn.jiyuan.mediation.rules;

import cn.jiyuan.mediation.support.OnPostgres;

/** The rules API on a real PostgreSQL server. */
@OnPostgres
class RulesApiOnPostgresTest extends RulesApiTestBase {
}
