package cn.jiyuan.mediation.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL's client programs (pg_dump, pg_restore) as an operator runs them: Debian's package postgresql-client,
 * which .ci/run installs. The embedded test server (zonky) brings only the server. Locally, without the package,
 * the backup test is skipped with a message saying so; under CI (CI=true) it fails instead, so CI always runs it.
 */
final class PostgresClientTools {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private final Path bin;

    private PostgresClientTools(Path bin) {
        this.bin = bin;
    }

    /** The newest installed client whose pg_dump is at least the server's major version. */
    static PostgresClientTools find(int serverMajor) {
        Optional<Path> bin = candidates().stream().filter(dir -> Files.isExecutable(dir.resolve("pg_dump"))
                && Files.isExecutable(dir.resolve("pg_restore"))).findFirst();
        String missing = "pg_dump and pg_restore are not installed (Debian: apt-get install -y postgresql-client): "
                + "the PostgreSQL backup and restore test cannot run";
        if (bin.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(missing + ", and CI must run it (.ci/run installs them)");
            }
            Assumptions.abort(missing);
        }
        PostgresClientTools tools = new PostgresClientTools(bin.get());
        int dumpMajor = tools.major("pg_dump");
        assertThat(dumpMajor).as("pg_dump %s must be at least the server's major version %s (%s)", dumpMajor,
                serverMajor, bin.get()).isGreaterThanOrEqualTo(serverMajor);
        return tools;
    }

    /** Debian's versioned folders first (newest first), then the PATH. */
    private static List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparing((Path v) -> Integer.parseInt(v.getFileName().toString())).reversed())
                        .map(v -> v.resolve("bin")).forEach(dirs::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        return dirs;
    }

    int major(String program) {
        String version = run(List.of(bin.resolve(program).toString(), "--version"), Map.of());
        Matcher m = VERSION.matcher(version);
        assertThat(m.find()).as(version).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Runs a client program with the arguments; fails the test with its output when it fails. */
    String run(String program, List<String> arguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.addAll(arguments);
        return run(command, environment);
    }

    private static String run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
            assertThat(process.exitValue()).as("%s answered: %s", command, output).isZero();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
