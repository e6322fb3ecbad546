package cn.jiyuan.mediation.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.Conclusion;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.ledger.LedgerQuery;

/**
 * Counts the ledger's rows in the database. Every query runs over the ledger's own condition
 * ({@link LedgerQuery#where()}), so every figure is a count of the rows the ledger lists with the same filter. The
 * case figures come from one pass over the period's cases: grouped by town, registration month and status, each
 * group counting its cases per category, channel, level, conclusion and open risk level in columns
 * ({@code count(*) filter (where …)}, which H2 and PostgreSQL both have). Grouping by all those codes at once would
 * make tens of thousands of groups, and one query per breakdown would read a year of the city (a third of a million
 * cases) several times: this answers the city's year in well under a second.
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
        countGroups(query, today, tally);
        jdbc.query("select count(*) as visits, count(distinct f.case_id) as cases from case_follow_up f"
                        + " join case_file c on c.id = f.case_id where f.result = 'REBOUND' and " + query.where(),
                (RowCallbackHandler) rs -> tally.addRebounds(rs.getLong("visits"), rs.getLong("cases")),
                query.args().toArray());
        highRisk(query, today, highRiskLimit, tally);
        return tally;
    }

    private void countGroups(LedgerQuery query, LocalDate today, CaseTally tally) {
        StringBuilder sql = new StringBuilder("select g.*, t.name as town_name from (select c.town_code,"
                + " extract(year from c.registered_on) as reg_year, extract(month from c.registered_on) as reg_month,"
                + " c.status, count(*) as cases");
        // the codes are the enums' own constants, never request text
        columns(sql, "category", "c.category = ", DisputeCategory.values());
        columns(sql, "channel", "c.channel = ", IntakeChannel.values());
        columns(sql, "level", "c.handling_level = ", HandlingLevel.values());
        columns(sql, "concluded", "c.conclusion = ", Conclusion.CONCLUDING.toArray(CaseStatus[]::new));
        columns(sql, "open", "c.conclusion is null and c.risk_level = ", RiskLevel.values());
        sql.append(", count(*) filter (where c.conclusion is null and c.deadline < ?) as overdue")
                .append(", count(*) filter (where c.concluded_on <= c.deadline) as on_time")
                .append(", coalesce(sum(c.days_to_conclude), 0) as days")
                .append(" from case_file c where ").append(query.where())
                .append(" group by c.town_code, extract(year from c.registered_on), extract(month from c.registered_on),"
                        + " c.status) g left join org_unit t on t.code = g.town_code");
        List<Object> args = new ArrayList<>();
        args.add(today);
        args.addAll(query.args());
        jdbc.query(sql.toString(), (RowCallbackHandler) rs -> tally.add(new CaseTally.Group(rs.getString("town_code"),
                rs.getString("town_name"), YearMonth.of(rs.getInt("reg_year"), rs.getInt("reg_month")),
                rs.getString("status"), rs.getLong("cases"), counts(rs, "category", DisputeCategory.class),
                counts(rs, "channel", IntakeChannel.class), counts(rs, "level", HandlingLevel.class),
                counts(rs, "concluded", CaseStatus.class, Conclusion.CONCLUDING), counts(rs, "open", RiskLevel.class),
                rs.getLong("overdue"), rs.getLong("on_time"), rs.getLong("days"))), args.toArray());
    }

    private void highRisk(LedgerQuery query, LocalDate today, int limit, CaseTally tally) {
        List<Object> args = new ArrayList<>(query.args());
        args.add(limit);
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
                }, args.toArray());
    }

    /** One {@code count(*) filter (where <condition>'CODE')} column per code, named {@code <prefix>_<CODE>}. */
    private static void columns(StringBuilder sql, String prefix, String condition, Enum<?>[] codes) {
        for (Enum<?> code : codes) {
            sql.append(", count(*) filter (where ").append(condition).append('\'').append(code.name()).append("')")
                    .append(" as ").append(prefix).append('_').append(code.name().toLowerCase());
        }
    }

    private static <E extends Enum<E>> Map<E, Long> counts(ResultSet rs, String prefix, Class<E> type)
            throws SQLException {
        return counts(rs, prefix, type, List.of(type.getEnumConstants()));
    }

    private static <E extends Enum<E>> Map<E, Long> counts(ResultSet rs, String prefix, Class<E> type,
                                                           Iterable<E> codes) throws SQLException {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E code : codes) {
            long n = rs.getLong(prefix + "_" + code.name().toLowerCase());
            if (n > 0) {
                counts.put(code, n);
            }
        }
        return counts;
    }
}
