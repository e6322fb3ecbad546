package cn.jiyuan.mediation.typicalcase;

import cn.jiyuan.mediation.support.OnPostgres;

/** Typical cases on a real PostgreSQL server through the production profile. */
@OnPostgres
class TypicalCaseOnPostgresTest extends TypicalCaseTestBase {
}
