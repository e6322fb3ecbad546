package cn.jiyuan.mediation.rules;

import cn.jiyuan.mediation.support.OnH2;

/** The rules API on the embedded default H2 file database. */
@OnH2
class RulesApiOnH2Test extends RulesApiTestBase {
}
