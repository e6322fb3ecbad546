package cn.jiyuan.mediation.awareness;

import cn.jiyuan.mediation.support.OnPostgres;

/**
 * Situational awareness on a real PostgreSQL server through the production profile (context shared with the other
 * {@code @OnPostgres} tests).
 */
@OnPostgres
class AwarenessOnPostgresTest extends AwarenessTestBase {
}
