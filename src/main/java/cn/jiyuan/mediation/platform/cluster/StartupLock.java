package cn.jiyuan.mediation.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster (README "可靠性") start one after the other: the startup work every node does on the shared
 * database (Flyway migrations, the engine's bootstrap and deployments, the administrator account, demo data,
 * identities, town tenants, grants and Tasklist filters) is not written to run twice at the same moment; the
 * identity and filter synchronization in particular would create the same rows twice.
 *
 * <p>On PostgreSQL a session-level advisory lock is taken on a connection of its own right before Flyway migrates
 * (the first database work of a start) and released once the platform is ready to take requests, i.e. after every
 * {@code ApplicationReadyEvent} listener has run. A second node starting meanwhile waits at that point. A node
 * killed while it holds the lock loses its connection, and PostgreSQL releases the lock with the session. On H2
 * (one process per database file) nothing is locked.
 */
@Component
public class StartupLock implements FlywayMigrationStrategy, DisposableBean {

    /** The advisory lock's key: "mediatio" in ASCII, unlikely to clash with anything else in the database. */
    static final long KEY = 0x6D6564696174696FL;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection holder;

    public StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(Flyway flyway) {
        acquire();
        flyway.migrate();
    }

    synchronized void acquire() {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            if (!lock(connection, "select pg_try_advisory_lock(?)")) {
                log.info("Another node is starting on this database; waiting for it to finish its startup work");
                lock(connection, "select pg_advisory_lock(?)");
            }
            holder = connection;
            log.info("Startup lock taken: this node does its startup work alone");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the startup lock on the database", e);
        }
    }

    @EventListener
    public void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            release();
        }
    }

    @Override
    public void destroy() {
        release();
    }

    synchronized boolean isHeld() {
        return holder != null;
    }

    private synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder) {
            lock(connection, "select pg_advisory_unlock(?)");
            log.info("Startup lock released");
        } catch (SQLException e) {
            // the session is gone with its lock, or closing it ends the session (and the lock) anyway
            log.warn("Startup lock: release failed ({}); the connection is closed instead", e.getMessage());
        } finally {
            holder = null;
        }
    }

    private static boolean lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                Object result = rs.getObject(1);
                return !(result instanceof Boolean b) || b;
            }
        }
    }
}
