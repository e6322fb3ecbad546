package cn.jiyuan.mediation.screening.report;

import static cn.jiyuan.mediation.screening.ScreeningClock.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.organization.UnitLevel;

/** Reads and writes the units' reports (table {@code screening_report}). */
@Repository
public class ScreeningReportRepository {

    private static final RowMapper<ScreeningReport> ROW = ScreeningReportRepository::map;

    private final JdbcTemplate jdbc;

    public ScreeningReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a pending report per unit (one batch of statements) and returns their ids by unit code. */
    public List<Long> insertPending(long roundId, List<ReportingUnit> units, OffsetDateTime dueAt,
                                    OffsetDateTime supervisionAt) {
        jdbc.batchUpdate("insert into screening_report (round_id, unit_code, unit_name, unit_level, town_code,"
                        + " committee_code, committee_group, office_group, due_at, supervision_at, status)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", units, 200,
                (s, u) -> {
                    s.setLong(1, roundId);
                    s.setString(2, u.unitCode());
                    s.setString(3, u.unitName());
                    s.setString(4, u.unitLevel().name());
                    s.setString(5, u.townCode());
                    s.setString(6, u.committeeCode());
                    s.setString(7, u.committeeGroup());
                    s.setString(8, u.officeGroup());
                    s.setObject(9, dueAt);
                    s.setObject(10, supervisionAt);
                });
        return jdbc.queryForList("select id from screening_report where round_id = ? order by unit_code", Long.class,
                roundId);
    }

    public Optional<ScreeningReport> find(long id) {
        return jdbc.query("select * from screening_report where id = ?", ROW, id).stream().findFirst();
    }

    public List<ScreeningReport> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.query("select * from screening_report where id in (" + marks + ") order by unit_code", ROW,
                ids.toArray());
    }

    public List<ScreeningReport> findByRound(long roundId) {
        return jdbc.query("select * from screening_report where round_id = ? order by unit_code", ROW, roundId);
    }

    /** The reports of several rounds at once (for the list of rounds), by round and unit. */
    public List<ScreeningReport> findByRounds(List<Long> roundIds) {
        List<ScreeningReport> all = new ArrayList<>();
        for (int from = 0; from < roundIds.size(); from += 500) {
            List<Long> chunk = roundIds.subList(from, Math.min(roundIds.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            all.addAll(jdbc.query("select * from screening_report where round_id in (" + marks
                    + ") order by round_id, unit_code", ROW, chunk.toArray()));
        }
        return all;
    }

    public int countPending(long roundId) {
        Integer n = jdbc.queryForObject("select count(*) from screening_report where round_id = ? and status = 'PENDING'",
                Integer.class, roundId);
        return n == null ? 0 : n;
    }

    /** @return false when the report had a process already (it is started once only) */
    public boolean markStarted(long id, String processInstanceId) {
        return jdbc.update("update screening_report set process_instance_id = ? where id = ? and process_instance_id is null",
                processInstanceId, id) == 1;
    }

    public void markReminded(long id, OffsetDateTime at) {
        jdbc.update("update screening_report set reminded_at = ? where id = ? and reminded_at is null", at, id);
    }

    public void markSupervised(long id, OffsetDateTime at) {
        jdbc.update("update screening_report set supervised_at = ? where id = ? and supervised_at is null", at, id);
    }

    /** @return false when the report was already in (a report is recorded once) */
    public boolean markReported(long id, ReportStatus status, OffsetDateTime at, String userId, int disputes,
                                String risks) {
        return jdbc.update("update screening_report set status = ?, reported_at = ?, reported_by = ?, dispute_count = ?,"
                + " risks = ? where id = ? and status = 'PENDING'", status.name(), at, userId, disputes, risks, id) == 1;
    }

    private static ScreeningReport map(ResultSet rs, int i) throws SQLException {
        return new ScreeningReport(rs.getLong("id"), rs.getLong("round_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), UnitLevel.valueOf(rs.getString("unit_level")), rs.getString("town_code"),
                rs.getString("committee_code"), rs.getString("committee_group"), rs.getString("office_group"),
                local(rs.getObject("due_at", OffsetDateTime.class)), local(rs.getObject("supervision_at", OffsetDateTime.class)),
                ReportStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
                local(rs.getObject("reminded_at", OffsetDateTime.class)), local(rs.getObject("supervised_at", OffsetDateTime.class)),
                local(rs.getObject("reported_at", OffsetDateTime.class)), rs.getString("reported_by"),
                rs.getInt("dispute_count"), rs.getString("risks"));
    }
}
