package cn.jiyuan.mediation.cases;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CrashRecoveryTestBase} on the embedded default: the H2 file database under the platform's data folder, with
 * the URL of application.yaml (WRITE_DELAY=0, durable: prefix).
 */
class CrashRecoveryOnH2Test extends CrashRecoveryTestBase {

    @Override
    List<String> databaseArguments() {
        return List.of("--mediation.data-dir=" + root.resolve("data"));
    }

    @Override
    Connection openDatabase() throws SQLException {
        // where application.yaml's URL put it, opened as tools outside the platform do (plain file URL)
        assertThat(Files.isRegularFile(root.resolve("data/mediation.mv.db"))).isTrue();
        return DriverManager.getConnection("jdbc:h2:file:" + root.resolve("data/mediation"), "sa", "");
    }
}
