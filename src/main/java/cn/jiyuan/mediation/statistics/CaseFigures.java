package cn.jiyuan.mediation.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.ledger.LedgerQuery;

/**
 * Counts the ledger's rows in the database: each query groups the rows of the ledger's own condition
 * ({@link LedgerQuery#where()}), so every figure is a count of the rows the ledger lists with the same filter, and
 * only a few hundred groups — never the rows — come back (a year of the city is a third of a million cases).
 */
@Repository
class CaseFigures {

    private final JdbcTemplate jdbc;

    CaseFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The case figures of the cases matching {@code query}, "overdue" judged on {@code today}. */
    CaseTally tally(LedgerQuery query, LocalDate today, int highRiskLimit) {
        CaseTally tally = new CaseTally();
        String where = " from case_file c where " + query.where();
        Object[] args = query.args().toArray();
        jdbc.query("select c.registered_on, c.category, count(*) as n" + where + " group by c.registered_on, c.category",
                (RowCallbackHandler) rs -> tally.addRegistrations(rs.getObject("registered_on", LocalDate.class),
                        DisputeCategory.valueOf(rs.getString("category")), rs.getLong("n")), args);
        jdbc.query("select c.town_code, t.name as town_name, c.handling_level, c.channel, count(*) as n"
                        + " from case_file c left join org_unit t on t.code = c.town_code where " + query.where()
                        + " group by c.town_code, t.name, c.handling_level, c.channel",
                (RowCallbackHandler) rs -> tally.addPlacement(rs.getString("town_code"), rs.getString("town_name"),
                        HandlingLevel.valueOf(rs.getString("handling_level")),
                        IntakeChannel.valueOf(rs.getString("channel")), rs.getLong("n")), args);
        List<Object> stateArgs = new ArrayList<>();
        stateArgs.add(today);
        stateArgs.addAll(query.args());
        // the flags are computed in a derived table: a GROUP BY may not repeat an expression holding a parameter
        jdbc.query("select status, conclusion, risk_level, overdue, on_time, count(*) as n,"
                        + " coalesce(sum(days_to_conclude), 0) as days from (select c.status, c.conclusion, c.risk_level,"
                        + " c.days_to_conclude, case when c.conclusion is null and c.deadline < ? then 1 else 0 end"
                        + " as overdue, case when c.concluded_on <= c.deadline then 1 else 0 end as on_time" + where
                        + ") x group by status, conclusion, risk_level, overdue, on_time",
                (RowCallbackHandler) rs -> {
                    String conclusion = rs.getString("conclusion");
                    tally.addState(rs.getString("status"), conclusion == null ? null : CaseStatus.valueOf(conclusion),
                            RiskLevel.valueOf(rs.getString("risk_level")), rs.getInt("overdue") == 1,
                            rs.getInt("on_time") == 1, rs.getLong("n"), rs.getLong("days"));
                }, stateArgs.toArray());
        jdbc.query("select count(*) as visits, count(distinct f.case_id) as cases from case_follow_up f"
                        + " join case_file c on c.id = f.case_id where f.result = 'REBOUND' and " + query.where(),
                (RowCallbackHandler) rs -> tally.addRebounds(rs.getLong("visits"), rs.getLong("cases")), args);
        List<Object> riskArgs = new ArrayList<>(query.args());
        riskArgs.add(highRiskLimit);
        jdbc.query("select c.id, c.case_number, c.risk_level, c.town_code, t.name as town_name, c.committee_code,"
                        + " m.name as committee_name, c.deadline, c.process_instance_id from case_file c"
                        + " left join org_unit t on t.code = c.town_code left join org_committee m on m.code = c.committee_code"
                        + " where " + query.where() + " and c.conclusion is null and c.risk_level in ('HIGH', 'CRITICAL')"
                        + " order by case c.risk_level when 'CRITICAL' then 0 else 1 end, c.deadline, c.id"
                        + " fetch first ? rows only",
                (RowCallbackHandler) rs -> {
                    RiskLevel risk = RiskLevel.valueOf(rs.getString("risk_level"));
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    tally.addHighRisk(new HighRiskCase(rs.getLong("id"), rs.getString("case_number"), risk.name(),
                            risk.label(), rs.getString("town_code"), rs.getString("town_name"),
                            rs.getString("committee_code"), rs.getString("committee_name"), deadline,
                            deadline.isBefore(today), rs.getString("process_instance_id")));
                }, riskArgs.toArray());
        return tally;
    }
}
