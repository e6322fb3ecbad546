package cn.jiyuan.mediation.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.jiyuan.mediation.MediationApplication;

/**
 * The platform as a separate JVM process (java -cp with the test classpath, main class {@link MediationApplication}),
 * for tests that must kill it the hard way: {@link #kill()} is {@code Process.destroyForcibly()}, SIGKILL on Linux,
 * so nothing of the platform runs afterwards (no shutdown hook, no pool close, no H2 close), as with
 * {@code kill -9} or a crash. Each start gets free HTTP and management ports; the output goes to a log file next to
 * the data, and is shown when the platform does not become ready.
 *
 * <pre>{@code
 * try (PlatformProcess node = PlatformProcess.start("a", logDir, List.of("--mediation.data-dir=" + dataDir))) {
 *     new Http(node.port()) ... ; node.kill();
 * }
 * }</pre>
 */
public final class PlatformProcess implements AutoCloseable {

    /**
     * The demo organization and users (password "demo"), admin password "admin-secret"; the repeat-party check of
     * intake off, as in {@link DemoPlatformTest}: these tests register many cases between the same standard parties.
     */
    public static final List<String> DEMO = List.of("--mediation.demo.enabled=true", "--mediation.demo.password=demo",
            "--mediation.admin.password=admin-secret", "--mediation.awareness.repeat-party.enabled=false");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final String name;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PlatformProcess(String name, Process process, int port, int managementPort, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Starts the platform with the arguments (Spring command-line arguments) and waits until it is ready. */
    public static PlatformProcess start(String name, Path logDir, List<String> arguments) {
        PlatformProcess platform = launch(name, logDir, arguments);
        platform.awaitReady();
        return platform;
    }

    /** Starts the platform without waiting: {@link #awaitReady()} later (two nodes starting together). */
    public static PlatformProcess launch(String name, Path logDir, List<String> arguments) {
        return launch(name, logDir, List.of(), arguments);
    }

    /**
     * As {@link #launch(String, Path, List)}, with more JVM options after the defaults (-Xmx512m, serial GC), e.g. a
     * flight recording of the performance run.
     */
    public static PlatformProcess launch(String name, Path logDir, List<String> jvmOptions, List<String> arguments) {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath(), MediationApplication.class.getName(),
                "--server.port=" + port, "--management.server.port=" + managementPort,
                "--management.server.address=127.0.0.1"));
        command.addAll(arguments);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + "-" + System.currentTimeMillis() + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new PlatformProcess(name, process, port, managementPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start platform " + name, e);
        }
    }

    /** Waits until the readiness endpoint answers 200 (database and job executor up, startup work done). */
    public PlatformProcess awaitReady() {
        return awaitReadyPolling(500);
    }

    /** As {@link #awaitReady()}, asking every {@code pollMillis} (a start-up time measured to that precision). */
    public PlatformProcess awaitReadyPolling(long pollMillis) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("platform " + name + " exited with " + process.exitValue() + "\n"
                        + logTail());
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // the management port opens late in the start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(pollMillis);
        }
        throw new IllegalStateException("platform " + name + " not ready within " + START_TIMEOUT + "\n" + logTail());
    }

    /** SIGKILL: the process ends at once, in the middle of whatever it does. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The operating system's id of the platform's process. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** The last lines of the platform's output. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("platform " + name + " did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test runtime classpath. Surefire may start its fork with a manifest-only jar as java.class.path; the real
     * classpath is then in surefire.test.class.path.
     */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classpath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, classpath.split(File.pathSeparator));
    }

    /** A port free at the time of the call. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
