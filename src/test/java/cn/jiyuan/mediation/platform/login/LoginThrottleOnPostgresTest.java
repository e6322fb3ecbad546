package cn.jiyuan.mediation.platform.login;

import cn.jiyuan.mediation.support.OnPostgres;

/** Login throttling on PostgreSQL (the production profile). */
@OnPostgres
class LoginThrottleOnPostgresTest extends LoginThrottleTestBase {
}
