package cn.jiyuan.mediation.platform;

import cn.jiyuan.mediation.support.OnPostgres;

/** The platform on a real PostgreSQL server through the production profile. */
@OnPostgres
class PlatformOnPostgresTest extends PlatformTestBase {
}
