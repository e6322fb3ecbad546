package cn.jiyuan.mediation.platform.web;

import cn.jiyuan.mediation.support.OnH2;

/** Security headers on the embedded default (H2). */
@OnH2
class SecurityHeadersOnH2Test extends SecurityHeadersTestBase {
}
