package cn.jiyuan.mediation.screening.report;

import static cn.jiyuan.mediation.screening.ScreeningClock.local;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;

/** Reads and writes the disputes found (table {@code screening_finding}). */
@Repository
public class ScreeningFindingRepository {

    private static final RowMapper<ScreeningFinding> ROW = ScreeningFindingRepository::map;

    private final JdbcTemplate jdbc;

    public ScreeningFindingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long reportId, long roundId, int seq, FoundDispute d, FindingOutcome outcome,
                       OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("insert into screening_finding (report_id, round_id, seq,"
                    + " description, category, applicant_name, applicant_phone, respondent_name, respondent_phone,"
                    + " people_involved, handling, resolution, amount_involved, enterprise_related, risk_indicators,"
                    + " outcome, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            s.setLong(1, reportId);
            s.setLong(2, roundId);
            s.setInt(3, seq);
            s.setString(4, d.description());
            s.setString(5, d.category().name());
            s.setString(6, d.applicantName());
            s.setString(7, d.applicantPhone());
            s.setString(8, d.respondentName());
            s.setString(9, d.respondentPhone());
            if (d.peopleInvolved() == null) {
                s.setNull(10, Types.INTEGER);
            } else {
                s.setInt(10, d.peopleInvolved());
            }
            s.setString(11, d.handling().name());
            s.setString(12, d.resolution());
            s.setBigDecimal(13, d.amountInvolved());
            s.setBoolean(14, d.enterpriseRelated());
            s.setString(15, d.riskIndicators().isEmpty() ? null
                    : d.riskIndicators().stream().map(Enum::name).collect(Collectors.joining(";")));
            s.setString(16, outcome.name());
            s.setObject(17, at);
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<ScreeningFinding> find(long id) {
        return jdbc.query("select * from screening_finding where id = ?", ROW, id).stream().findFirst();
    }

    public List<ScreeningFinding> findByReport(long reportId) {
        return jdbc.query("select * from screening_finding where report_id = ? order by seq", ROW, reportId);
    }

    public List<ScreeningFinding> findByRound(long roundId) {
        return jdbc.query("select * from screening_finding where round_id = ? order by report_id, seq", ROW, roundId);
    }

    /** @return false when the finding was registered already (a case is registered once only) */
    public boolean markCaseRegistered(long id, String caseId, String caseNumber) {
        return jdbc.update("update screening_finding set outcome = 'CASE_REGISTERED', case_id = ?, case_number = ?"
                + " where id = ? and outcome = 'TO_REGISTER'", caseId, caseNumber, id) == 1;
    }

    private static ScreeningFinding map(ResultSet rs, int i) throws SQLException {
        int people = rs.getInt("people_involved");
        Integer peopleInvolved = rs.wasNull() ? null : people;
        String codes = rs.getString("risk_indicators");
        Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);
        if (codes != null) {
            Arrays.stream(codes.split(";")).map(RiskIndicator::valueOf).forEach(indicators::add);
        }
        BigDecimal amount = rs.getBigDecimal("amount_involved");
        FoundDispute dispute = new FoundDispute(rs.getString("description"),
                DisputeCategory.valueOf(rs.getString("category")), rs.getString("applicant_name"),
                rs.getString("applicant_phone"), rs.getString("respondent_name"), rs.getString("respondent_phone"),
                peopleInvolved, Handling.valueOf(rs.getString("handling")), rs.getString("resolution"), amount,
                rs.getBoolean("enterprise_related"), indicators);
        return new ScreeningFinding(rs.getLong("id"), rs.getLong("report_id"), rs.getLong("round_id"), rs.getInt("seq"),
                dispute, FindingOutcome.valueOf(rs.getString("outcome")), rs.getString("case_id"),
                rs.getString("case_number"), local(rs.getObject("created_at", OffsetDateTime.class)));
    }
}
