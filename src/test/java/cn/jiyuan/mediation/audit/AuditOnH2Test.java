package cn.jiyuan.mediation.audit;

import cn.jiyuan.mediation.support.OnH2;

/** Audit records on the embedded default H2 file database (context shared with the other {@code @OnH2} tests). */
@OnH2
class AuditOnH2Test extends AuditTestBase {
}
