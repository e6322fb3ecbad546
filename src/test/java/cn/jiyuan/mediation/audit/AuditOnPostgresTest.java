package cn.jiyuan.mediation.audit;

import cn.jiyuan.mediation.support.OnPostgres;

/**
 * Audit records on a real PostgreSQL server through the production profile (context shared with the other
 * {@code @OnPostgres} tests).
 */
@OnPostgres
class AuditOnPostgresTest extends AuditTestBase {
}
