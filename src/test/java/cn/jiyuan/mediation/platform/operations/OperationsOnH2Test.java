package cn.jiyuan.mediation.platform.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import cn.jiyuan.mediation.support.OnH2;

/** Health, readiness and metrics on the embedded H2 file database. */
@OnH2
class OperationsOnH2Test extends OperationsTestBase {

    private Connection exclusive;

    /**
     * H2's exclusive mode: the one session that switched it on stays, every other session (the pool's) is closed and
     * new connections are refused until it is switched off again.
     */
    @Override
    void cutDatabase() throws Exception {
        exclusive = DriverManager.getConnection(databaseUrl(), environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
        try (Statement s = exclusive.createStatement()) {
            s.execute("SET EXCLUSIVE 2");
        }
    }

    @Override
    void restoreDatabase() throws Exception {
        try (Statement s = exclusive.createStatement()) {
            s.execute("SET EXCLUSIVE 0");
        } finally {
            exclusive.close();
        }
    }
}
