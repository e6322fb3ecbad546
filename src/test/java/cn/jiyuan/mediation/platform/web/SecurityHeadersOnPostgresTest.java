package cn.jiyuan.mediation.platform.web;

import cn.jiyuan.mediation.support.OnPostgres;

/** Security headers in the production profile (PostgreSQL). */
@OnPostgres
class SecurityHeadersOnPostgresTest extends SecurityHeadersTestBase {
}
