package cn.jiyuan.mediation.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 13.1: fills the columns migration 13 added to case_file (registered_on, conclusion, concluded_on,
 * days_to_conclude) for the cases registered before it, by the rule of {@link Conclusion}, then makes registered_on
 * mandatory. In Java because Jiyuan's date of a timestamp and a difference of dates have no SQL common to H2 and
 * PostgreSQL. Registered with Flyway by {@link CaseMigrations}.
 */
class CaseConclusionBackfill implements JavaMigration {

    /** Cases updated per batch. */
    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13.1");
    }

    @Override
    public String getDescription() {
        return "case conclusion backfill";
    }

    @Override
    public Integer getChecksum() {
        return 131;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Long> ids = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("select id from case_file order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement created = connection.prepareStatement("select created_at from case_file where id = ?");
             PreparedStatement history = connection.prepareStatement("select status, changed_at from case_status_history"
                     + " where case_id = ? order by changed_at, id");
             PreparedStatement update = connection.prepareStatement("update case_file set registered_on = ?,"
                     + " conclusion = ?, concluded_on = ?, days_to_conclude = ? where id = ?")) {
            int pending = 0;
            for (long id : ids) {
                LocalDate registeredOn = registeredOn(created, id);
                Conclusion conclusion = Conclusion.of(history(history, id));
                update.setObject(1, registeredOn);
                update.setString(2, conclusion == null ? null : conclusion.status().name());
                update.setObject(3, conclusion == null ? null : conclusion.concludedOn());
                update.setObject(4, conclusion == null ? null : conclusion.daysFrom(registeredOn));
                update.setLong(5, id);
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("alter table case_file alter column registered_on set not null");
        }
    }

    private static LocalDate registeredOn(PreparedStatement created, long id) throws SQLException {
        created.setLong(1, id);
        try (ResultSet rs = created.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(CaseTime.ZONE).toLocalDate();
        }
    }

    private static List<StatusChange> history(PreparedStatement history, long id) throws SQLException {
        history.setLong(1, id);
        List<StatusChange> changes = new ArrayList<>();
        try (ResultSet rs = history.executeQuery()) {
            while (rs.next()) {
                changes.add(new StatusChange(rs.getString(1), rs.getObject(2, OffsetDateTime.class), null, null));
            }
        }
        return changes;
    }
}
