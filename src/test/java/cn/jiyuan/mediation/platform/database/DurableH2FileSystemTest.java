package cn.jiyuan.mediation.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The embedded default's H2 settings: a commit is written before it returns (WRITE_DELAY 0) into a file the
 * operating system writes through to the device (O_DSYNC, seen in /proc/self/fdinfo), and the same file opens
 * with the plain URL that tools outside the platform use.
 */
class DurableH2FileSystemTest {

    /** O_DSYNC in the octal "flags" of /proc/PID/fdinfo (Linux, x86-64 and AArch64). */
    private static final int O_DSYNC = 010000;

    @Test
    void theDatabaseFileIsWrittenThroughAndCommitsAreNotDelayed() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "Linux /proc needed to read open-file flags");
        DurableH2FileSystem.register();
        Path dir = Files.createDirectories(Path.of("target/test-data/durable-" + System.nanoTime()));
        String plain = "./" + dir + "/mediation";

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:durable:" + plain + ";WRITE_DELAY=0", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("create table t (id int primary key)");
            s.execute("insert into t values (1)");
            try (ResultSet rs = s.executeQuery(
                    "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("0");
            }
            List<Integer> flags = openFlags(dir.resolve("mediation.mv.db").toRealPath());
            assertThat(flags).as("open descriptors of the database file").isNotEmpty();
            assertThat(flags).allSatisfy(f -> assertThat(f & O_DSYNC).as("O_DSYNC in %o", f).isNotZero());
        }

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + plain, "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private static List<Integer> openFlags(Path file) throws IOException {
        List<Integer> flags = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                Path target;
                try {
                    target = Files.readSymbolicLink(fd);
                } catch (IOException closedMeanwhile) {
                    continue;
                }
                if (target.equals(file)) {
                    for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", fd.getFileName().toString()))) {
                        if (line.startsWith("flags:")) {
                            flags.add(Integer.parseInt(line.substring("flags:".length()).trim(), 8));
                        }
                    }
                }
            }
        }
        return flags;
    }
}
