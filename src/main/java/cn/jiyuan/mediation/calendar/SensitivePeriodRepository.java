package cn.jiyuan.mediation.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads and writes the administrators' sensitive periods (table {@code sensitive_period}). */
@Repository
public class SensitivePeriodRepository {

    private static final RowMapper<SensitivePeriodOverride> ROW = SensitivePeriodRepository::map;

    private final JdbcTemplate jdbc;

    public SensitivePeriodRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored periods of the years {@code fromYear}..{@code toYear} (inclusive). */
    public List<SensitivePeriodOverride> findByYears(int fromYear, int toYear) {
        return jdbc.query("select * from sensitive_period where period_year between ? and ? "
                + "order by period_year, start_date, code", ROW, fromYear, toYear);
    }

    public Optional<SensitivePeriodOverride> find(int year, String code) {
        return jdbc.query("select * from sensitive_period where period_year = ? and code = ?", ROW, year, code)
                .stream().findFirst();
    }

    /**
     * Inserts or replaces the period of {@code (code, year)}. Safe under concurrent saves of the same key
     * (the last one wins) on H2 and PostgreSQL alike; every statement commits on its own, so a lost
     * insert race does not abort a surrounding transaction.
     */
    public void save(SensitivePeriodOverride p) {
        if (update(p) > 0) {
            return;
        }
        try {
            jdbc.update("insert into sensitive_period (code, period_year, name, festival_date, start_date, end_date, "
                            + "note, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    p.code(), p.year(), p.name(), p.festivalDate(), p.start(), p.end(), p.note(), p.updatedBy(),
                    p.updatedAt());
        } catch (DuplicateKeyException concurrentInsert) {
            update(p);
        }
    }

    private int update(SensitivePeriodOverride p) {
        return jdbc.update("update sensitive_period set name = ?, festival_date = ?, start_date = ?, end_date = ?, "
                        + "note = ?, updated_by = ?, updated_at = ? where code = ? and period_year = ?",
                p.name(), p.festivalDate(), p.start(), p.end(), p.note(), p.updatedBy(), p.updatedAt(),
                p.code(), p.year());
    }

    /** @return true when a stored period was removed */
    public boolean delete(int year, String code) {
        return jdbc.update("delete from sensitive_period where period_year = ? and code = ?", year, code) > 0;
    }

    private static SensitivePeriodOverride map(ResultSet rs, int row) throws SQLException {
        return new SensitivePeriodOverride(rs.getString("code"), rs.getInt("period_year"), rs.getString("name"),
                rs.getObject("festival_date", LocalDate.class), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("note"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
