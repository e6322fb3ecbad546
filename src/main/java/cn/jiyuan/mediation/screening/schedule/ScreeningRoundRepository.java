package cn.jiyuan.mediation.screening.schedule;

import static cn.jiyuan.mediation.screening.ScreeningClock.local;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes screening rounds (table {@code screening_round}). */
@Repository
public class ScreeningRoundRepository {

    private static final RowMapper<ScreeningRound> ROW = ScreeningRoundRepository::map;

    private final JdbcTemplate jdbc;

    public ScreeningRoundRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A round to insert (its id is generated). */
    public record NewRound(String roundKey, RoundKind kind, LocalDate roundDate, String title, String topic,
                           String requirement, List<String> scopeTowns, OffsetDateTime dueAt, String startedBy,
                           String processInstanceId, OffsetDateTime createdAt) {
    }

    public long insert(NewRound r) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("insert into screening_round (round_key, kind, "
                    + "round_date, title, topic, requirement, scope_towns, due_at, started_by, process_instance_id,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setString(1, r.roundKey());
            s.setString(2, r.kind().name());
            s.setObject(3, r.roundDate());
            s.setString(4, r.title());
            s.setString(5, r.topic());
            s.setString(6, r.requirement());
            s.setString(7, r.scopeTowns() == null || r.scopeTowns().isEmpty() ? null : String.join(";", r.scopeTowns()));
            s.setObject(8, r.dueAt());
            s.setString(9, r.startedBy());
            s.setString(10, r.processInstanceId());
            s.setObject(11, r.createdAt());
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<ScreeningRound> find(long id) {
        return jdbc.query("select * from screening_round where id = ?", ROW, id).stream().findFirst();
    }

    public Optional<ScreeningRound> findByKey(String roundKey) {
        return jdbc.query("select * from screening_round where round_key = ?", ROW, roundKey).stream().findFirst();
    }

    /** Rounds whose day lies between {@code from} and {@code to} (inclusive), by day and id. */
    public List<ScreeningRound> findBetween(LocalDate from, LocalDate to) {
        return jdbc.query("select * from screening_round where round_date between ? and ? order by round_date, id",
                ROW, from, to);
    }

    public List<ScreeningRound> findOn(LocalDate day) {
        return findBetween(day, day);
    }

    public void saveSummary(long id, String note, String userId, OffsetDateTime at) {
        jdbc.update("update screening_round set summary_note = ?, summarized_by = ?, summarized_at = ? where id = ?",
                note, userId, at, id);
    }

    private static ScreeningRound map(ResultSet rs, int i) throws SQLException {
        String towns = rs.getString("scope_towns");
        return new ScreeningRound(rs.getLong("id"), rs.getString("round_key"), RoundKind.valueOf(rs.getString("kind")),
                rs.getObject("round_date", LocalDate.class), rs.getString("title"), rs.getString("topic"),
                rs.getString("requirement"), towns == null ? List.of() : Arrays.asList(towns.split(";")),
                local(rs.getObject("due_at", OffsetDateTime.class)), rs.getString("started_by"),
                rs.getString("process_instance_id"), local(rs.getObject("created_at", OffsetDateTime.class)),
                rs.getString("summary_note"), rs.getString("summarized_by"),
                local(rs.getObject("summarized_at", OffsetDateTime.class)));
    }
}
