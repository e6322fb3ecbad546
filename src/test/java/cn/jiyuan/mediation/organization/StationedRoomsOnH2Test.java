package cn.jiyuan.mediation.organization;

import cn.jiyuan.mediation.support.OnH2;

/** Stationed mediation rooms (派驻人民调解工作室) on the embedded default H2 file database. */
@OnH2
class StationedRoomsOnH2Test extends StationedRoomsTestBase {
}
