package cn.jiyuan.mediation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import cn.jiyuan.mediation.support.DurablePostgres;

/**
 * {@link CrashRecoveryTestBase} on PostgreSQL with the production profile: a server of the test's own with the
 * defaults production relies on (synchronous_commit on, fsync on); both platform processes use the same database.
 */
class CrashRecoveryOnPostgresTest extends CrashRecoveryTestBase {

    private static DurablePostgres server;
    private static String url;

    @BeforeAll
    static void startServer() {
        server = DurablePostgres.start();
        assertThat(server.setting("synchronous_commit")).isEqualTo("on");
        assertThat(server.setting("fsync")).isEqualTo("on");
        url = server.newDatabase("crash_recovery");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    List<String> databaseArguments() {
        return DurablePostgres.platformArguments(url, root.resolve("data"));
    }

    @Override
    Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
