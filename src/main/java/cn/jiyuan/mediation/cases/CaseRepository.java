package cn.jiyuan.mediation.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the case tables (case_file, case_party, case_risk_indicator, case_status_history). */
@Repository
public class CaseRepository {

    private final JdbcTemplate jdbc;

    public CaseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- case_file ---------------------------------------------------------------------------

    private static final RowMapper<CaseFile> CASE = CaseRepository::mapCase;

    private static CaseFile mapCase(ResultSet rs, int i) throws SQLException {
        return new CaseFile(rs.getLong("id"), rs.getString("case_number"), rs.getString("committee_code"),
                rs.getInt("case_year"), rs.getInt("sequence_no"), IntakeChannel.valueOf(rs.getString("channel")),
                DisputeCategory.valueOf(rs.getString("category")), rs.getString("summary"),
                rs.getString("town_code"), rs.getString("village_code"), rs.getObject("people_involved", Integer.class),
                rs.getBigDecimal("amount_involved"), rs.getBoolean("enterprise_related"),
                rs.getString("referral_reference"), rs.getBoolean("cross_village"), rs.getBoolean("cross_town"),
                rs.getBoolean("sensitive_period"), RiskLevel.valueOf(rs.getString("risk_level")),
                rs.getBoolean("early_warning"), HandlingLevel.valueOf(rs.getString("handling_level")),
                rs.getBoolean("green_channel"), rs.getString("status"), rs.getString("outcome"),
                rs.getObject("deadline", java.time.LocalDate.class), rs.getString("process_instance_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }

    /** Inserts the case and returns its generated id. */
    public long insert(CaseFile c) {
        String sql = "insert into case_file (case_number, committee_code, case_year, sequence_no, channel, category,"
                + " summary, town_code, village_code, people_involved, amount_involved, enterprise_related,"
                + " referral_reference, cross_village, cross_town, sensitive_period, risk_level, early_warning,"
                + " handling_level, green_channel, status, outcome, deadline, process_instance_id, created_at,"
                + " created_by, updated_at, registered_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Object[] args = {c.caseNumber(), c.committeeCode(), c.caseYear(), c.sequenceNo(), c.channel().name(),
                c.category().name(), c.summary(), c.townCode(), c.villageCode(), c.peopleInvolved(),
                c.amountInvolved(), c.enterpriseRelated(), c.referralReference(), c.crossVillage(), c.crossTown(),
                c.sensitivePeriod(), c.riskLevel().name(), c.earlyWarning(), c.handlingLevel().name(),
                c.greenChannel(), c.status(), c.outcome(), c.deadline(), c.processInstanceId(), c.createdAt(),
                c.createdBy(), c.createdAt(), c.createdAt().atZoneSameInstant(CaseTime.ZONE).toLocalDate()};
        return insertReturningId(sql, args);
    }

    private long insertReturningId(String sql, Object[] args) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<CaseFile> findById(long id) {
        return jdbc.query("select * from case_file where id = ?", CASE, id).stream().findFirst();
    }

    public Optional<CaseFile> findByNumber(String caseNumber) {
        return jdbc.query("select * from case_file where case_number = ?", CASE, caseNumber).stream().findFirst();
    }

    public void setProcessInstanceId(long caseId, String processInstanceId) {
        jdbc.update("update case_file set process_instance_id = ? where id = ?", processInstanceId, caseId);
    }

    /** Sets status (and the outcome when not null) and records the change in the history. */
    public void changeStatus(long caseId, String status, String outcome, StatusChange change) {
        int rows = jdbc.update("update case_file set status = ?, outcome = coalesce(?, outcome), updated_at = ?"
                + " where id = ?", status, outcome, change.at(), caseId);
        if (rows != 1) {
            throw new IllegalStateException("no case " + caseId);
        }
        insertStatusChange(caseId, change);
    }

    /** Hand-over (移交): the new handling committee and level. */
    public void updateHandling(long caseId, String committeeCode, String handlingLevel) {
        jdbc.update("update case_file set committee_code = ?, handling_level = ?, updated_at = ? where id = ?",
                committeeCode, handlingLevel, CaseTime.now(), caseId);
    }

    /** A new mediation deadline (extension by consent, or mediation reopened after a rebound). */
    public void updateDeadline(long caseId, java.time.LocalDate deadline) {
        jdbc.update("update case_file set deadline = ?, updated_at = ? where id = ?", deadline, CaseTime.now(), caseId);
    }

    /** A reassessed risk (e.g. after a rebound). */
    public void updateRisk(long caseId, String riskLevel, boolean earlyWarning) {
        jdbc.update("update case_file set risk_level = ?, early_warning = ?, updated_at = ? where id = ?", riskLevel,
                earlyWarning, CaseTime.now(), caseId);
    }

    // ---- parties, indicators, history ----------------------------------------------------------

    public void insertParties(long caseId, List<CaseParty> parties) {
        insertParties(caseId, parties, parties.stream().map(p -> PartyParticulars.NONE).toList());
    }

    /** The parties with what is known of their particulars ({@code particulars} in the same order). */
    public void insertParties(long caseId, List<CaseParty> parties, List<PartyParticulars> particulars) {
        for (int i = 0; i < parties.size(); i++) {
            CaseParty p = parties.get(i);
            PartyParticulars k = particulars.get(i);
            jdbc.update("insert into case_party (case_id, position, name, role, phone, id_number, consent, town_code,"
                            + " village_code, party_type, sex, birth_date, ethnicity, occupation, work_unit, address,"
                            + " representative, representative_title)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    caseId, i + 1, p.name(), p.role().name(), p.phone(), p.idNumber(), p.consent(), p.townCode(),
                    p.villageCode(), name(k.type()), name(k.sex()), k.birthDate(), k.ethnicity(), k.occupation(),
                    k.workUnit(), k.address(), k.representative(), name(k.representativeTitle()));
        }
    }

    public List<CaseParty> findParties(long caseId) {
        return jdbc.query("select * from case_party where case_id = ? order by position",
                (rs, i) -> mapParty(rs), caseId);
    }

    private static CaseParty mapParty(ResultSet rs) throws SQLException {
        return new CaseParty(rs.getString("name"), PartyRole.valueOf(rs.getString("role")), rs.getString("phone"),
                rs.getString("id_number"), rs.getObject("consent", Boolean.class), rs.getString("town_code"),
                rs.getString("village_code"));
    }

    /** The parties with their row ids and particulars (人民调解法第二十九条), in intake order. */
    public List<RegisteredParty> findRegisteredParties(long caseId) {
        return jdbc.query("select * from case_party where case_id = ? order by position", (rs, i) ->
                new RegisteredParty(rs.getLong("id"), mapParty(rs), new PartyParticulars(
                        rs.getString("party_type") == null ? null : PartyType.valueOf(rs.getString("party_type")),
                        rs.getString("sex") == null ? null : Sex.valueOf(rs.getString("sex")),
                        rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("ethnicity"),
                        rs.getString("occupation"), rs.getString("work_unit"), rs.getString("address"),
                        rs.getString("representative"), rs.getString("representative_title") == null ? null
                                : RepresentativeTitle.valueOf(rs.getString("representative_title")))), caseId);
    }

    /** Completes a party's contact data and particulars (the mediator's form when an agreement is written). */
    public void updateParty(long caseId, long partyId, String phone, String idNumber, PartyParticulars p) {
        int rows = jdbc.update("update case_party set phone = ?, id_number = ?, party_type = ?, sex = ?, birth_date = ?,"
                        + " ethnicity = ?, occupation = ?, work_unit = ?, address = ?, representative = ?,"
                        + " representative_title = ? where id = ? and case_id = ?", phone, idNumber,
                name(p.type()), name(p.sex()), p.birthDate(), p.ethnicity(), p.occupation(), p.workUnit(),
                p.address(), p.representative(), name(p.representativeTitle()), partyId, caseId);
        if (rows != 1) {
            throw new IllegalStateException("no party " + partyId + " of case " + caseId);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public void insertIndicators(long caseId, Set<RiskIndicator> indicators) {
        for (RiskIndicator indicator : indicators) {
            jdbc.update("insert into case_risk_indicator (case_id, indicator) values (?, ?)", caseId,
                    indicator.name());
        }
    }

    public Set<RiskIndicator> findIndicators(long caseId) {
        Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);
        jdbc.query("select indicator from case_risk_indicator where case_id = ?",
                rs -> {
                    indicators.add(RiskIndicator.valueOf(rs.getString(1)));
                }, caseId);
        return indicators;
    }

    /** Records a status entry, and the conclusion it makes or undoes (see {@link Conclusion}). */
    public void insertStatusChange(long caseId, StatusChange change) {
        jdbc.update("insert into case_status_history (case_id, status, changed_at, changed_by, note)"
                + " values (?, ?, ?, ?, ?)", caseId, change.status(), change.at(), change.by(), change.note());
        refreshConclusion(caseId);
    }

    /**
     * Derives the case's conclusion from its whole history and stores it on case_file: the history is a handful of
     * rows, and reading it whole keeps the columns right whatever order entries arrive in.
     */
    public void refreshConclusion(long caseId) {
        Conclusion conclusion = Conclusion.of(findHistory(caseId));
        if (conclusion == null) {
            jdbc.update("update case_file set conclusion = null, concluded_on = null, days_to_conclude = null"
                    + " where id = ?", caseId);
            return;
        }
        LocalDate registeredOn = jdbc.queryForObject("select registered_on from case_file where id = ?",
                java.time.LocalDate.class, caseId);
        jdbc.update("update case_file set conclusion = ?, concluded_on = ?, days_to_conclude = ? where id = ?",
                conclusion.status().name(), conclusion.concludedOn(), conclusion.daysFrom(registeredOn), caseId);
    }

    /** The status history, oldest first. */
    public List<StatusChange> findHistory(long caseId) {
        return jdbc.query("select * from case_status_history where case_id = ? order by changed_at, id",
                (rs, i) -> new StatusChange(rs.getString("status"), rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("changed_by"), rs.getString("note")), caseId);
    }
}
