package cn.jiyuan.mediation.platform.login;

import cn.jiyuan.mediation.support.OnH2;

/** Login throttling on the embedded H2 database. */
@OnH2
class LoginThrottleOnH2Test extends LoginThrottleTestBase {
}
