package cn.jiyuan.mediation.screening.report;

import cn.jiyuan.mediation.support.OnPostgres;

/** The screening findings' download on a real PostgreSQL server through the production profile. */
@OnPostgres
class ScreeningFindingExportOnPostgresTest extends ScreeningFindingExportTestBase {
}
