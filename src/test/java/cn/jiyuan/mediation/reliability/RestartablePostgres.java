package cn.jiyuan.mediation.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of one test's own (not the JVM's shared one), so that the test can stop it and start it again
 * on the same data directory and port, as an administrator restarts a database server under a running platform.
 */
final class RestartablePostgres {

    static final String DATABASE = "mediation";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A fresh server with an empty database {@link #DATABASE}. */
    static RestartablePostgres startFresh() {
        try {
            Path dir = Files.createTempDirectory("outage-postgres-");
            RestartablePostgres postgres = new RestartablePostgres(dir, freePort());
            postgres.start();
            try (Connection c = postgres.server.getPostgresDatabase().getConnection();
                 Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE);
            }
            // stopped after Spring has closed the contexts (and their pools), like the shared server
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(postgres::stopQuietly);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on " + dataDirectory, e);
        }
    }

    /** Stops the server (fast shutdown: open transactions are rolled back, connections dropped). */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    /** At the JVM's end: the server stopped and its data directory removed. */
    private void stopQuietly() {
        try {
            stop();
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory);
        } catch (RuntimeException | IOException ignored) {
            // the JVM is going away anyway
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=postgres";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
