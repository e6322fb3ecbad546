package cn.jiyuan.mediation.organization.importing;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class OrganizationImportOnPostgresTest extends OrganizationImportTestBase {
}
