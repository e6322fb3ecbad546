package cn.jiyuan.mediation.organization.importing;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class OrganizationImportOnH2Test extends OrganizationImportTestBase {
}
