package cn.jiyuan.mediation.earlywarning;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.RiskLevel;

/**
 * The stability-risk ledger (专门台账) with its one-case-one-plan (一案一策) records: tables
 * stability_ledger, stability_plan and escalation_case_end (V5__escalation.sql).
 */
@Repository
public class StabilityLedger {

    static final int TEXT_MAX = 4000;

    public enum Status { OPEN, CLOSED }

    /** A ledger entry with its plan. */
    public record Entry(long caseId, String caseNumber, String townCode, String riskLevel, String reasons,
                        int warnings, OffsetDateTime enteredAt, OffsetDateTime updatedAt, String status,
                        OffsetDateTime closedAt, String outcome, OffsetDateTime contingencyRequestedAt, Plan plan) {
    }

    /** 一案一策. */
    public record Plan(String measures, String responsiblePerson, String contingencyPlan,
                       OffsetDateTime contingencyActivatedAt, String instructions, String instructedBy,
                       String jointHandling, String jointDepartments, String updatedBy, OffsetDateTime updatedAt) {
    }

    /** What entering a warning changed. */
    public record Entered(boolean firstEntry, boolean contingencyNeeded) {
    }

    static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getLong("case_id"),
            rs.getString("case_number"), rs.getString("town_code"), rs.getString("risk_level"),
            rs.getString("reasons"), rs.getInt("warnings"), rs.getObject("entered_at", OffsetDateTime.class),
            rs.getObject("updated_at", OffsetDateTime.class), rs.getString("status"),
            rs.getObject("closed_at", OffsetDateTime.class), rs.getString("outcome"),
            rs.getObject("contingency_requested_at", OffsetDateTime.class),
            rs.getObject("p_updated_at") == null ? null : new Plan(rs.getString("measures"),
                    rs.getString("responsible_person"), rs.getString("contingency_plan"),
                    rs.getObject("contingency_activated_at", OffsetDateTime.class), rs.getString("instructions"),
                    rs.getString("instructed_by"), rs.getString("joint_handling"), rs.getString("joint_departments"),
                    rs.getString("updated_by"), rs.getObject("p_updated_at", OffsetDateTime.class)));

    static final String SELECT = "select l.*, p.measures, p.responsible_person, p.contingency_plan,"
            + " p.contingency_activated_at, p.instructions, p.instructed_by, p.joint_handling, p.joint_departments,"
            + " p.updated_by, p.updated_at as p_updated_at from stability_ledger l"
            + " left join stability_plan p on p.case_id = l.case_id";

    private final JdbcTemplate jdbc;

    public StabilityLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the case row for the rest of the transaction, so that a warning starting and the case ending in
     * two concurrent transactions are serialized (the later one sees what the earlier one did).
     */
    public void lockCase(long caseId) {
        jdbc.query("select id from case_file where id = ? for update", rs -> { }, caseId);
    }

    public Optional<Entry> find(long caseId) {
        return jdbc.query(SELECT + " where l.case_id = ?", ENTRY, caseId).stream().findFirst();
    }

    public List<Entry> find(String townCode, Status status, List<String> onlyTowns) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (townCode != null) {
            sql.append(" and l.town_code = ?");
            args.add(townCode);
        }
        if (status != null) {
            sql.append(" and l.status = ?");
            args.add(status.name());
        }
        if (onlyTowns != null) {
            if (onlyTowns.isEmpty()) {
                return List.of();
            }
            sql.append(" and l.town_code in (").append(String.join(", ", onlyTowns.stream().map(t -> "?").toList()))
                    .append(")");
            args.addAll(onlyTowns);
        }
        return jdbc.query(sql.append(" order by l.entered_at desc, l.case_id desc").toString(), ENTRY,
                args.toArray());
    }

    /**
     * Enters the case on the ledger or updates its entry (a later warning: the level kept is the highest, the
     * reason is added, a closed entry opens again). A first entry gets its plan with the recommended measures.
     */
    public Entered enter(long caseId, String caseNumber, String townCode, RiskLevel level, String reason,
                         String recommendedMeasures, String responsiblePerson, OffsetDateTime now) {
        Optional<Entry> existing = find(caseId);
        String line = CaseTime.shown(now) + " " + reason;
        boolean critical = level == RiskLevel.CRITICAL;
        if (existing.isEmpty()) {
            jdbc.update("insert into stability_ledger (case_id, case_number, town_code, risk_level, reasons, warnings,"
                            + " entered_at, updated_at, status, contingency_requested_at) values (?, ?, ?, ?, ?, 1, ?, ?,"
                            + " 'OPEN', ?)", caseId, caseNumber, townCode, level.name(), clip(line), now, now,
                    critical ? now : null);
            jdbc.update("insert into stability_plan (case_id, measures, responsible_person, updated_by, updated_at)"
                    + " values (?, ?, ?, ?, ?)", caseId, clip(recommendedMeasures), responsiblePerson, "system", now);
            return new Entered(true, critical);
        }
        Entry e = existing.get();
        RiskLevel kept = RiskLevel.valueOf(e.riskLevel()).compareTo(level) >= 0 ? RiskLevel.valueOf(e.riskLevel())
                : level;
        boolean contingency = critical && e.contingencyRequestedAt() == null;
        jdbc.update("update stability_ledger set risk_level = ?, reasons = ?, warnings = warnings + 1, updated_at = ?,"
                        + " status = 'OPEN', closed_at = null, outcome = null,"
                        + " contingency_requested_at = coalesce(contingency_requested_at, ?) where case_id = ?",
                kept.name(), clipEnd(e.reasons() + "\n" + line), now, critical ? now : null, caseId);
        return new Entered(false, contingency);
    }

    public void recordContingencyPlan(long caseId, String measures, String responsiblePerson, String plan,
                                      String by, OffsetDateTime now) {
        update(caseId, "measures = coalesce(?, measures), responsible_person = coalesce(?, responsible_person),"
                + " contingency_plan = ?, contingency_activated_at = ?", by, now, clip(measures), responsiblePerson,
                clip(plan), now);
    }

    public void recordInstructions(long caseId, String instructions, String instructedBy, String by,
                                   OffsetDateTime now) {
        update(caseId, "instructions = ?, instructed_by = ?", by, now, clip(instructions), instructedBy);
    }

    public void recordJointHandling(long caseId, String jointHandling, String departments, String by,
                                    OffsetDateTime now) {
        update(caseId, "joint_handling = ?, joint_departments = ?", by, now, clip(jointHandling), departments);
    }

    private void update(long caseId, String set, String by, OffsetDateTime now, Object... values) {
        Object[] args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = by;
        args[values.length + 1] = now;
        args[values.length + 2] = caseId;
        if (jdbc.update("update stability_plan set " + set + ", updated_by = ?, updated_at = ? where case_id = ?",
                args) != 1) {
            throw new IllegalStateException("case " + caseId + " is not on the stability-risk ledger");
        }
        jdbc.update("update stability_ledger set updated_at = ? where case_id = ?", now, caseId);
    }

    public void close(long caseId, String outcome, OffsetDateTime now) {
        jdbc.update("update stability_ledger set status = 'CLOSED', closed_at = ?, outcome = ?, updated_at = ?"
                + " where case_id = ?", now, outcome, now, caseId);
    }

    // ---- case ends -----------------------------------------------------------------------------

    public record CaseEnd(String status, String outcome, OffsetDateTime endedAt) {
    }

    /** Records that the case ended (the latest end counts, e.g. after a rebound reopened it). */
    public void recordCaseEnd(long caseId, String status, String outcome, OffsetDateTime now) {
        if (jdbc.update("update escalation_case_end set status = ?, outcome = ?, ended_at = ? where case_id = ?",
                status, outcome, now, caseId) == 0) {
            jdbc.update("insert into escalation_case_end (case_id, status, outcome, ended_at) values (?, ?, ?, ?)",
                    caseId, status, outcome, now);
        }
    }

    /** Forgets an end: the case is active again (its risk rose, e.g. a rebound reopened it). */
    public void forgetCaseEnd(long caseId) {
        jdbc.update("delete from escalation_case_end where case_id = ?", caseId);
    }

    public Optional<CaseEnd> findCaseEnd(long caseId) {
        return jdbc.query("select * from escalation_case_end where case_id = ?", (rs, i) -> new CaseEnd(
                rs.getString("status"), rs.getString("outcome"), rs.getObject("ended_at", OffsetDateTime.class)),
                caseId).stream().findFirst();
    }

    static String clip(String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }

    /** Keeps the end (the newest lines) of a long text. */
    static String clipEnd(String text) {
        return text.length() <= TEXT_MAX ? text : text.substring(text.length() - TEXT_MAX);
    }
}
