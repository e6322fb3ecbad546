package cn.jiyuan.mediation.caselist;

import cn.jiyuan.mediation.support.OnH2;

/** 我的案件 on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class CaseListOnH2Test extends CaseListTestBase {
}
