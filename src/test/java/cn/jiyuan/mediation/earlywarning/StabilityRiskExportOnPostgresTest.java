package cn.jiyuan.mediation.earlywarning;

import cn.jiyuan.mediation.support.OnPostgres;

/** The stability-risk ledger's download on a real PostgreSQL server through the production profile. */
@OnPostgres
class StabilityRiskExportOnPostgresTest extends StabilityRiskExportTestBase {
}
