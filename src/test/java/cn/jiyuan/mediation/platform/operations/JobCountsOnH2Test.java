package cn.jiyuan.mediation.platform.operations;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class JobCountsOnH2Test extends JobCountsTestBase {
}
