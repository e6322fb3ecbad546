package cn.jiyuan.mediation.typicalcase;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Table typical_case (Flyway V16): the nominations, their reviews and the published typical cases. */
@Repository
public class TypicalCaseRepository {

    /** A row of typical_case. */
    public record Nomination(long id, long caseId, String caseNumber, String townCode, String committeeCode,
                             String category, String title, String writeUp, TypicalCaseStatus status,
                             String nominatedBy, OffsetDateTime nominatedAt, String officeOpinion,
                             String officeReviewedBy, OffsetDateTime officeReviewedAt, String sectionOpinion,
                             String sectionReviewedBy, OffsetDateTime sectionReviewedAt, OffsetDateTime publishedAt,
                             String processInstanceId) {
    }

    private static final RowMapper<Nomination> ROW = (rs, i) -> new Nomination(rs.getLong("id"),
            rs.getLong("case_id"), rs.getString("case_number"), rs.getString("town_code"),
            rs.getString("committee_code"), rs.getString("category"), rs.getString("title"), rs.getString("write_up"),
            TypicalCaseStatus.valueOf(rs.getString("status")), rs.getString("nominated_by"),
            rs.getObject("nominated_at", OffsetDateTime.class), rs.getString("office_opinion"),
            rs.getString("office_reviewed_by"), rs.getObject("office_reviewed_at", OffsetDateTime.class),
            rs.getString("section_opinion"), rs.getString("section_reviewed_by"),
            rs.getObject("section_reviewed_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
            rs.getString("process_instance_id"));

    private final JdbcTemplate jdbc;

    public TypicalCaseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long caseId, String caseNumber, String townCode, String committeeCode, String category,
                       String title, String writeUp, String nominatedBy, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into typical_case (case_id, case_number, town_code, committee_code,"
                    + " category, title, write_up, status, nominated_by, nominated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, caseId);
            ps.setString(2, caseNumber);
            ps.setString(3, townCode);
            ps.setString(4, committeeCode);
            ps.setString(5, category);
            ps.setString(6, title);
            ps.setString(7, writeUp);
            ps.setString(8, TypicalCaseStatus.OFFICE_REVIEW.name());
            ps.setString(9, nominatedBy);
            ps.setObject(10, at);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    public void setProcessInstanceId(long id, String processInstanceId) {
        jdbc.update("update typical_case set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    public Optional<Nomination> find(long id) {
        return jdbc.query("select * from typical_case where id = ?", ROW, id).stream().findFirst();
    }

    /** Whether the case has a nomination under review or published (a returned one may be nominated again). */
    public boolean hasActiveNomination(long caseId) {
        Integer n = jdbc.queryForObject("select count(*) from typical_case where case_id = ? and status <> ?",
                Integer.class, caseId, TypicalCaseStatus.RETURNED.name());
        return n != null && n > 0;
    }

    /** The case's latest nomination (a returned one may have been followed by another), if it was ever nominated. */
    public Optional<Nomination> latestOfCase(long caseId) {
        return jdbc.query("select * from typical_case where case_id = ? order by nominated_at desc, id desc", ROW, caseId)
                .stream().findFirst();
    }

    /** The party names of a case (and representatives of organizations): what the write-up must not show. */
    public List<String> partyNames(long caseId) {
        List<String> names = new ArrayList<>();
        jdbc.query("select name, representative from case_party where case_id = ?", rs -> {
            names.add(rs.getString("name"));
            if (rs.getString("representative") != null) {
                names.add(rs.getString("representative"));
            }
        }, caseId);
        return names;
    }

    public void recordOfficeReview(long id, boolean accepted, String opinion, String by, OffsetDateTime at) {
        jdbc.update("update typical_case set office_opinion = ?, office_reviewed_by = ?, office_reviewed_at = ?,"
                + " status = ? where id = ?", opinion, by, at,
                (accepted ? TypicalCaseStatus.SECTION_REVIEW : TypicalCaseStatus.OFFICE_REVIEW).name(), id);
    }

    public void recordSectionReview(long id, String opinion, String by, OffsetDateTime at) {
        jdbc.update("update typical_case set section_opinion = ?, section_reviewed_by = ?, section_reviewed_at = ?"
                + " where id = ?", opinion, by, at, id);
    }

    public void publish(long id, OffsetDateTime at) {
        jdbc.update("update typical_case set status = ?, published_at = ? where id = ?",
                TypicalCaseStatus.PUBLISHED.name(), at, id);
    }

    public void markReturned(long id) {
        jdbc.update("update typical_case set status = ? where id = ?", TypicalCaseStatus.RETURNED.name(), id);
    }

    /** The published typical cases, oldest first (a booklet reads in the order they were accepted). */
    public List<Nomination> published() {
        return jdbc.query("select * from typical_case where status = ? order by published_at, id", ROW,
                TypicalCaseStatus.PUBLISHED.name());
    }

    /** Nominations of these towns (null: every town) or by this user, newest first. */
    public List<Nomination> nominations(List<String> towns, String nominatedBy) {
        if (towns == null) {
            return jdbc.query("select * from typical_case order by nominated_at desc, id desc", ROW);
        }
        StringBuilder sql = new StringBuilder("select * from typical_case where nominated_by = ?");
        List<Object> args = new ArrayList<>(List.of(nominatedBy));
        if (!towns.isEmpty()) {
            sql.append(" or town_code in (").append(String.join(", ", towns.stream().map(t -> "?").toList())).append(')');
            args.addAll(towns);
        }
        sql.append(" order by nominated_at desc, id desc");
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }
}
