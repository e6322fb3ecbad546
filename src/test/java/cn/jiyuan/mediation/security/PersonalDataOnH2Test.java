package cn.jiyuan.mediation.security;

import cn.jiyuan.mediation.support.OnH2;

/** Personal data kept out of the engine, on the embedded default H2 file database. */
@OnH2
class PersonalDataOnH2Test extends PersonalDataTestBase {
}
