package cn.jiyuan.mediation.reliability;

import cn.jiyuan.mediation.support.OnPostgres;

/** Every e-mail once, on a real PostgreSQL server through the production profile. */
@OnPostgres
class ExactlyOnceOnPostgresTest extends ExactlyOnceTestBase {
}
