package cn.jiyuan.mediation.platform.database;

import cn.jiyuan.mediation.support.OnH2;

/** The engine's database on the embedded default (H2). */
@OnH2
class EngineDatabaseOnH2Test extends EngineDatabaseTestBase {
}
