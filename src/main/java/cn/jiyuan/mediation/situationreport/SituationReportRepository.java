package cn.jiyuan.mediation.situationreport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Tables situation_report and situation_report_progress (Flyway V16). */
@Repository
public class SituationReportRepository {

    /** A report as filed. */
    public record Report(long id, String title, String townCode, String location, String people, Integer peopleCount,
                         String riskLevel, String description, String measures, String filedBy, OffsetDateTime filedAt,
                         String status, String closedBy, OffsetDateTime closedAt, String processInstanceId) {
    }

    /** A report before it is stored. */
    public record NewReport(String title, String townCode, String location, String people, Integer peopleCount,
                            String riskLevel, String description, String measures, String filedBy) {
    }

    /** One note of 跟踪处置. */
    public record Progress(String note, boolean resolved, String recordedBy, OffsetDateTime recordedAt) {
    }

    private static final RowMapper<Report> REPORT = (rs, i) -> new Report(rs.getLong("id"), rs.getString("title"),
            rs.getString("town_code"), rs.getString("location"), rs.getString("people"),
            rs.getObject("people_count", Integer.class), rs.getString("risk_level"), rs.getString("description"),
            rs.getString("measures"), rs.getString("filed_by"), rs.getObject("filed_at", OffsetDateTime.class),
            rs.getString("status"), rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class),
            rs.getString("process_instance_id"));
    private static final RowMapper<Progress> PROGRESS = (rs, i) -> new Progress(rs.getString("note"),
            rs.getBoolean("resolved"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;

    public SituationReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewReport r, OffsetDateTime at, String processInstanceId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into situation_report (title, town_code, location, people, people_count,"
                    + " risk_level, description, measures, filed_by, filed_at, status, process_instance_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TRACKING', ?)", new String[] {"id"});
            ps.setString(1, r.title());
            ps.setString(2, r.townCode());
            ps.setString(3, r.location());
            ps.setString(4, r.people());
            ps.setObject(5, r.peopleCount());
            ps.setString(6, r.riskLevel());
            ps.setString(7, r.description());
            ps.setString(8, r.measures());
            ps.setString(9, r.filedBy());
            ps.setObject(10, at);
            ps.setString(11, processInstanceId);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<Report> find(long id) {
        return jdbc.query("select * from situation_report where id = ?", REPORT, id).stream().findFirst();
    }

    /** Reports of these towns (null: every town), newest first. */
    public List<Report> ofTowns(List<String> towns) {
        if (towns == null) {
            return jdbc.query("select * from situation_report order by filed_at desc, id desc", REPORT);
        }
        if (towns.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(towns);
        return jdbc.query("select * from situation_report where town_code in ("
                + String.join(", ", towns.stream().map(t -> "?").toList()) + ") order by filed_at desc, id desc",
                REPORT, args.toArray());
    }

    public void addProgress(long reportId, String note, boolean resolved, String by, OffsetDateTime at) {
        jdbc.update("insert into situation_report_progress (report_id, note, resolved, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?)", reportId, note, resolved, by, at);
    }

    public List<Progress> progress(long reportId) {
        return jdbc.query("select * from situation_report_progress where report_id = ? order by recorded_at, id",
                PROGRESS, reportId);
    }

    public void close(long reportId, String by, OffsetDateTime at) {
        jdbc.update("update situation_report set status = 'CLOSED', closed_by = ?, closed_at = ? where id = ?",
                by, at, reportId);
    }
}
