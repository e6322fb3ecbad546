package cn.jiyuan.mediation.typicalcase;

import cn.jiyuan.mediation.support.OnH2;

/** Typical cases on the embedded default H2 file database. */
@OnH2
class TypicalCaseOnH2Test extends TypicalCaseTestBase {
}
