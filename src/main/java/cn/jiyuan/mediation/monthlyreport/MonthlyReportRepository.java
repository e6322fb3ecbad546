package cn.jiyuan.mediation.monthlyreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the monthly work (Flyway V14): rounds, reports, meeting attendees and follow-up items. */
@Repository
public class MonthlyReportRepository {

    /** An attendee of the meeting, as recorded that day. */
    public record Attendee(String personCode, String name, String position) {
    }

    /** A follow-up item of the meeting. */
    public record FollowUp(long id, long reportId, int itemNo, String item, String ownerLogin, String ownerName,
                           LocalDate dueDate, OffsetDateTime doneAt, String doneBy, String result) {
    }

    private static final RowMapper<MonthlyRound> ROUND = (rs, i) -> new MonthlyRound(rs.getLong("id"),
            YearMonth.parse(rs.getString("period")), rs.getObject("period_from", LocalDate.class),
            rs.getObject("period_to", LocalDate.class), time(rs, "due_at"), time(rs, "supervision_at"),
            rs.getString("process_instance_id"), time(rs, "rolled_up_at"));

    private static final RowMapper<MonthlyReport> REPORT = (rs, i) -> new MonthlyReport(rs.getLong("id"),
            rs.getLong("round_id"), rs.getString("town_code"), rs.getString("town_name"), rs.getString("office_code"),
            rs.getString("office_name"), ReportStatus.valueOf(rs.getString("status")),
            rs.getString("process_instance_id"), rs.getObject("meeting_date", LocalDate.class),
            rs.getString("meeting_place"), rs.getString("meeting_minutes"), rs.getString("meeting_decisions"),
            rs.getString("meeting_recorded_by"), time(rs, "pdf_generated_at"), rs.getString("review_opinion"),
            rs.getString("signed_off_by"), time(rs, "signed_off_at"), rs.getInt("returned_count"),
            time(rs, "reported_at"), time(rs, "reminded_at"), time(rs, "supervised_at"));

    private static final RowMapper<FollowUp> FOLLOW_UP = (rs, i) -> new FollowUp(rs.getLong("id"),
            rs.getLong("report_id"), rs.getInt("item_no"), rs.getString("item"), rs.getString("owner_login"),
            rs.getString("owner_name"), rs.getObject("due_date", LocalDate.class), time(rs, "done_at"),
            rs.getString("done_by"), rs.getString("result"));

    private static final String REPORT_COLUMNS = "id, round_id, town_code, town_name, office_code, office_name, status,"
            + " process_instance_id, meeting_date, meeting_place, meeting_minutes, meeting_decisions, meeting_recorded_by,"
            + " pdf_generated_at, review_opinion, signed_off_by, signed_off_at, returned_count, reported_at, reminded_at,"
            + " supervised_at";

    private final JdbcTemplate jdbc;

    public MonthlyReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ rounds

    /** @return the new round's id, or empty when the month had been opened before */
    public Optional<Long> insertRound(MonthlyPeriod period, OffsetDateTime openedAt, String processInstanceId) {
        if (findRound(period.month()).isPresent()) {
            return Optional.empty();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into monthly_round (period, period_from, period_to, due_at, supervision_at,"
                    + " opened_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, period.month().toString());
            ps.setObject(2, period.from());
            ps.setObject(3, period.to());
            ps.setObject(4, period.dueAt());
            ps.setObject(5, period.supervisionAt());
            ps.setObject(6, openedAt);
            ps.setString(7, processInstanceId);
            return ps;
        }, key);
        return Optional.of(key.getKey().longValue());
    }

    public Optional<MonthlyRound> findRound(YearMonth month) {
        return jdbc.query("select * from monthly_round where period = ?", ROUND, month.toString()).stream().findFirst();
    }

    public Optional<MonthlyRound> findRound(long roundId) {
        return jdbc.query("select * from monthly_round where id = ?", ROUND, roundId).stream().findFirst();
    }

    /** The latest rounds first. */
    public List<MonthlyRound> rounds(int limit) {
        return jdbc.query("select * from monthly_round order by period desc fetch first ? rows only", ROUND, limit);
    }

    /**
     * Touches the round's row, so that concurrent "is every report in?" checks of one round run one after the
     * other (the row lock is held to the end of the transaction): the last report to come in sees all the others.
     */
    public void lockRound(long roundId, OffsetDateTime now) {
        jdbc.update("update monthly_round set last_report_at = ? where id = ?", now, roundId);
    }

    public void recordRollup(long roundId, String opinion, String by, OffsetDateTime at) {
        jdbc.update("update monthly_round set rollup_opinion = ?, rollup_by = ?, rolled_up_at = ? where id = ?",
                opinion, by, at, roundId);
    }

    /**
     * Keeps the month's roll-up as it was when it was produced (once: a roll-up produced before stays as it was).
     *
     * @param lateTowns the towns not reported by the due time, in the order of the roll-up
     */
    public void recordRollupProduced(long roundId, OffsetDateTime at, String text, List<String> lateTowns) {
        jdbc.update("update monthly_round set rollup_produced_at = ?, rollup_text = ?, rollup_late_towns = ?"
                + " where id = ? and rollup_produced_at is null", at, text, String.join(",", lateTowns), roundId);
    }

    /** The month's roll-up as produced, if it has been. */
    public Optional<MonthlyRollup> findRollup(long roundId) {
        return jdbc.query("select id, rollup_produced_at, rollup_text, rollup_late_towns from monthly_round"
                + " where id = ? and rollup_produced_at is not null", (rs, i) -> {
                    String late = rs.getString("rollup_late_towns");
                    return new MonthlyRollup(rs.getLong("id"), time(rs, "rollup_produced_at"), rs.getString("rollup_text"),
                            late == null || late.isBlank() ? List.of() : List.of(late.split(",")));
                }, roundId).stream().findFirst();
    }

    // ------------------------------------------------------------------ reports

    public void insertReport(long roundId, String townCode, String townName, String officeCode, String officeName) {
        jdbc.update("insert into monthly_report (round_id, town_code, town_name, office_code, office_name, status,"
                        + " returned_count) values (?, ?, ?, ?, ?, 'OPEN', 0)", roundId, townCode, townName, officeCode,
                officeName);
    }

    public Optional<MonthlyReport> find(long reportId) {
        return jdbc.query("select " + REPORT_COLUMNS + " from monthly_report where id = ?", REPORT, reportId).stream()
                .findFirst();
    }

    public Optional<MonthlyReport> find(long roundId, String townCode) {
        return jdbc.query("select " + REPORT_COLUMNS + " from monthly_report where round_id = ? and town_code = ?",
                REPORT, roundId, townCode).stream().findFirst();
    }

    /** The round's reports in the order of the towns' codes. */
    public List<MonthlyReport> reportsOf(long roundId) {
        return jdbc.query("select " + REPORT_COLUMNS + " from monthly_report where round_id = ? order by town_code",
                REPORT, roundId);
    }

    public long countNotReported(long roundId) {
        Long n = jdbc.queryForObject("select count(*) from monthly_report where round_id = ? and status <> 'REPORTED'",
                Long.class, roundId);
        return n == null ? 0 : n;
    }

    /** @return true when this call set the process (a report's process is started once) */
    public boolean setProcessInstance(long reportId, String processInstanceId) {
        return jdbc.update("update monthly_report set process_instance_id = ? where id = ? and process_instance_id is null",
                processInstanceId, reportId) == 1;
    }

    public void recordMeeting(long reportId, LocalDate date, String place, String minutes, String decisions,
                              List<Attendee> attendees, String by, OffsetDateTime at) {
        jdbc.update("update monthly_report set meeting_date = ?, meeting_place = ?, meeting_minutes = ?,"
                        + " meeting_decisions = ?, meeting_recorded_by = ?, meeting_recorded_at = ?, status = 'MEETING_HELD'"
                        + " where id = ?", date, place, minutes, decisions, by, at, reportId);
        jdbc.update("delete from monthly_meeting_attendee where report_id = ?", reportId);
        for (Attendee a : attendees) {
            jdbc.update("insert into monthly_meeting_attendee (report_id, person_code, person_name, position)"
                    + " values (?, ?, ?, ?)", reportId, a.personCode(), a.name(), a.position());
        }
    }

    public List<Attendee> attendees(long reportId) {
        return jdbc.query("select * from monthly_meeting_attendee where report_id = ? order by person_code",
                (rs, i) -> new Attendee(rs.getString("person_code"), rs.getString("person_name"),
                        rs.getString("position")), reportId);
    }

    /** Replaces the meeting's follow-up items (a returned report's meeting is recorded anew). @return their ids */
    public List<Long> replaceFollowUps(long reportId, List<FollowUp> items) {
        jdbc.update("delete from monthly_follow_up where report_id = ?", reportId);
        List<Long> ids = new java.util.ArrayList<>();
        for (FollowUp f : items) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                var ps = c.prepareStatement("insert into monthly_follow_up (report_id, item_no, item, owner_login,"
                        + " owner_name, due_date) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
                ps.setLong(1, reportId);
                ps.setInt(2, f.itemNo());
                ps.setString(3, f.item());
                ps.setString(4, f.ownerLogin());
                ps.setString(5, f.ownerName());
                ps.setObject(6, f.dueDate());
                return ps;
            }, key);
            ids.add(key.getKey().longValue());
        }
        return ids;
    }

    public List<FollowUp> followUps(long reportId) {
        return jdbc.query("select * from monthly_follow_up where report_id = ? order by item_no", FOLLOW_UP, reportId);
    }

    public Optional<FollowUp> followUp(long followUpId) {
        return jdbc.query("select * from monthly_follow_up where id = ?", FOLLOW_UP, followUpId).stream().findFirst();
    }

    public void recordFollowUp(long followUpId, String result, String by, OffsetDateTime at) {
        jdbc.update("update monthly_follow_up set result = ?, done_by = ?, done_at = ? where id = ?", result, by, at,
                followUpId);
    }

    public void storePdf(long reportId, byte[] pdf, OffsetDateTime at) {
        jdbc.update("update monthly_report set pdf = ?, pdf_generated_at = ?, status = 'GENERATED' where id = ?", pdf, at,
                reportId);
    }

    public Optional<byte[]> pdf(long reportId) {
        return jdbc.query("select pdf from monthly_report where id = ?", (rs, i) -> rs.getBytes("pdf"), reportId)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public void recordReview(long reportId, boolean signedOff, String opinion, String by, OffsetDateTime at) {
        if (signedOff) {
            jdbc.update("update monthly_report set status = 'SIGNED_OFF', review_opinion = ?, signed_off_by = ?,"
                    + " signed_off_at = ? where id = ?", opinion, by, at, reportId);
        } else {
            jdbc.update("update monthly_report set status = 'OPEN', review_opinion = ?,"
                    + " returned_count = returned_count + 1 where id = ?", opinion, reportId);
        }
    }

    public void markReported(long reportId, OffsetDateTime at) {
        jdbc.update("update monthly_report set status = 'REPORTED', reported_at = ? where id = ? and reported_at is null",
                at, reportId);
    }

    public void markReminded(long reportId, OffsetDateTime at) {
        jdbc.update("update monthly_report set reminded_at = ? where id = ?", at, reportId);
    }

    public void markSupervised(long reportId, OffsetDateTime at) {
        jdbc.update("update monthly_report set supervised_at = ? where id = ?", at, reportId);
    }

    public void recordSupervision(long reportId, String note, String by) {
        jdbc.update("update monthly_report set supervision_note = ?, supervised_by = ? where id = ?", note, by, reportId);
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(cn.jiyuan.mediation.screening.ScreeningClock.ZONE).toOffsetDateTime();
    }
}
