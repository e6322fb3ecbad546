package cn.jiyuan.mediation.security;

import cn.jiyuan.mediation.support.OnH2;

/** The access rules on the embedded default H2 file database. */
@OnH2
class AccessRulesOnH2Test extends AccessRulesTestBase {
}
