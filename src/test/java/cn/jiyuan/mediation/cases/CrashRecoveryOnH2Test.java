package cn.jiyuan.mediation.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import cn.jiyuan.mediation.support.PlatformProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CrashRecoveryTestBase} on the embedded default: the H2 file database under the platform's data folder, with
 * the URL of application.yaml (WRITE_DELAY=0, durable: prefix), with the platform's file compaction running every
 * 200 ms and H2's retention time at 0 (see {@link #databaseArguments()}).
 */
class CrashRecoveryOnH2Test extends CrashRecoveryTestBase {

    @Override
    List<String> databaseArguments() {
        // the platform's own file compaction (H2FileCompaction) every 200 ms instead of every 30 s, rewriting unless
        // 99 % (not 80 %) of the chunks' pages are live, and H2 overwriting a freed chunk at once instead of after
        // 45 s (RETENTION_TIME=0): the rounds rewrite chunks during the burst the kill cuts, and the space they free
        // is written again at once, the hardest case for a restart
        Path data = root.resolve("data");
        return List.of("--mediation.data-dir=" + data, "--mediation.h2.compact-interval=200ms",
                "--mediation.h2.compact-below-percent=99",
                "--logging.level.cn.jiyuan.mediation.platform.database.H2FileCompaction=DEBUG",
                "--spring.datasource.url=jdbc:h2:file:durable:" + data
                        + "/mediation;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;RETENTION_TIME=0");
    }

    @Override
    void killedRun(PlatformProcess first, Instant burstStart) throws Exception {
        // the log's lines begin with their UTC instant, e.g. 2026-12-04T16:01:57.452Z
        long rounds = Files.readAllLines(first.log()).stream().filter(line -> line.contains("H2 file compacted"))
                .filter(line -> !Instant.parse(line.substring(0, line.indexOf(' '))).isBefore(burstStart)).count();
        System.out.printf("[%s] H2 file compaction rounds that rewrote chunks during the burst: %d%n",
                getClass().getSimpleName(), rounds);
        assertThat(rounds).as("rounds of H2FileCompaction that rewrote chunks during the burst").isPositive();
    }

    @Override
    Connection openDatabase() throws SQLException {
        // where application.yaml's URL put it, opened as tools outside the platform do (plain file URL)
        assertThat(Files.isRegularFile(root.resolve("data/mediation.mv.db"))).isTrue();
        return DriverManager.getConnection("jdbc:h2:file:" + root.resolve("data/mediation"), "sa", "");
    }
}
