package cn.jiyuan.mediation.earlywarning;

import cn.jiyuan.mediation.support.OnPostgres;

/** Early warning on a real PostgreSQL server through the production profile. */
@OnPostgres
class EarlyWarningOnPostgresTest extends EarlyWarningTestBase {
}
