package cn.jiyuan.mediation.situationreport;

import cn.jiyuan.mediation.support.OnPostgres;

/** Important situations on a real PostgreSQL server through the production profile. */
@OnPostgres
class SituationReportOnPostgresTest extends SituationReportTestBase {
}
