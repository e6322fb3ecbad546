package cn.jiyuan.mediation.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.ledger.LedgerQuery;
import cn.jiyuan.mediation.organization.CommitteeType;

/**
 * Counts the ledger's rows in the database. Every query runs over the ledger's own condition
 * ({@link LedgerQuery#where()}), so every figure is a count of the rows the ledger lists with the same filter, and
 * only groups — never the rows — come back. A year of the city is a third of a million cases, and what a pass costs
 * is the grouping of every row, so the figures take two passes grouped by few codes each: the state of the cases
 * (town, status, conclusion, risk level, overdue, on time; with the channels and handling levels
 * as {@code count(*) filter (where …)} columns, which H2 and PostgreSQL both have) and the registrations (day and
 * category), and a third by the handling committee's type and the latest referral. Grouping by all codes at once
 * makes tens of thousands of groups; a pass per breakdown reads the year five times. The rebounds are counted from
 * the follow-ups' index, the open high-risk cases read in deadline order from an index.
 */
@Repository
class CaseFigures implements DisposableBean {

    private final JdbcTemplate jdbc;
    /** Runs the two grouped passes beside the calling thread (daemon threads: they never hold the JVM up). */
    private final ExecutorService passes = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "case-figures");
        thread.setDaemon(true);
        return thread;
    });

    CaseFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case figures of the cases matching {@code query}, "overdue" judged on {@code today}. The two grouped passes
     * run at the same time on two more connections while this thread counts the rebounds, the committee types and
     * referrals, and lists the open high-risk cases: each pass is bound by the processor (a third of a million rows grouped), so on a machine of
     * two cores the city's year takes the longest pass rather than their sum. Each pass reads its own snapshot; a
     * case registered or concluded between them may be counted by one and not yet by the other.
     */
    CaseTally tally(LedgerQuery query, LocalDate today, int highRiskLimit) {
        CompletableFuture<List<CaseTally.Group>> states = CompletableFuture.supplyAsync(() -> states(query, today),
                passes);
        CompletableFuture<List<Registrations>> registrations = CompletableFuture.supplyAsync(
                () -> registrations(query), passes);
        CaseTally tally = new CaseTally();
        countRebounds(query, tally);
        // the latest referral of the referred cases (a few per cent; index case_file_referral_idx); the committee
        // types are counted by the state pass
        jdbc.query("select c.referral_kind, c.referral_outcome, count(*) as n from case_file c where c.referral_kind is not"
                        + " null and " + query.where() + " group by c.referral_kind, c.referral_outcome",
                (RowCallbackHandler) rs -> tally.addReferrals(ReferralKind.valueOf(rs.getString("referral_kind")),
                        code(rs.getString("referral_outcome"), ReferralOutcome.class), rs.getLong("n")),
                query.args().toArray());
        for (RiskLevel risk : List.of(RiskLevel.CRITICAL, RiskLevel.HIGH)) {
            int listed = tally.openHighRiskCases().size();
            if (listed < highRiskLimit) {
                openCases(query, risk, today, highRiskLimit - listed, tally);
            }
        }
        try {
            states.join().forEach(tally::add);
            registrations.join().forEach(r -> tally.addRegistrations(r.day(), r.category(), r.cases()));
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return tally;
    }

    @Override
    public void destroy() {
        passes.shutdownNow();
    }

    /** The registrations of one day and category. */
    private record Registrations(LocalDate day, DisputeCategory category, long cases) {
    }

    private List<Registrations> registrations(LedgerQuery query) {
        return jdbc.query("select c.registered_on, c.category, count(*) as n from case_file c where " + query.where()
                        + " group by c.registered_on, c.category",
                (rs, i) -> new Registrations(rs.getObject("registered_on", LocalDate.class),
                        DisputeCategory.valueOf(rs.getString("category")), rs.getLong("n")), query.args().toArray());
    }

    /** Follow-up visits that found a rebound, and their cases: a few per cent of the cases, joined from the index. */
    private void countRebounds(LedgerQuery query, CaseTally tally) {
        jdbc.query("select count(*) as visits, count(distinct f.case_id) as cases from case_follow_up f"
                        + " join case_file c on c.id = f.case_id where f.result = 'REBOUND' and " + query.where(),
                (RowCallbackHandler) rs -> tally.addRebounds(rs.getLong("visits"), rs.getLong("cases")),
                query.args().toArray());
    }

    private List<CaseTally.Group> states(LedgerQuery query, LocalDate today) {
        StringBuilder sql = new StringBuilder("select g.*, t.name as town_name from (select town_code, status,"
                + " conclusion, risk_level, overdue, on_time, count(*) as cases, coalesce(sum(days_to_conclude), 0)"
                + " as days");
        // the codes are the enums' own constants, never request text
        columns(sql, "channel", "channel = ", IntakeChannel.values());
        columns(sql, "level", "handling_level = ", HandlingLevel.values());
        // the handling committee's type (a join with the 550 committees costs less than a pass of its own)
        columns(sql, "ctype", "committee_type = ", CommitteeType.values());
        // the flags are computed in a derived table: a GROUP BY may not repeat an expression holding a parameter
        sql.append(" from (select c.town_code, c.status, c.conclusion, c.risk_level, c.channel, c.handling_level,"
                        + " m.type as committee_type, c.days_to_conclude,"
                        + " case when c.conclusion is null and c.deadline < ? then 1 else 0 end as overdue,"
                        + " case when c.concluded_on <= c.deadline then 1 else 0 end as on_time from case_file c"
                        + " left join org_committee m on m.code = c.committee_code where ").append(query.where())
                .append(") x group by town_code, status, conclusion, risk_level, overdue, on_time) g"
                        + " left join org_unit t on t.code = g.town_code");
        List<Object> args = new ArrayList<>();
        args.add(today);
        args.addAll(query.args());
        return jdbc.query(sql.toString(), (rs, i) -> {
            String conclusion = rs.getString("conclusion");
            return new CaseTally.Group(rs.getString("town_code"), rs.getString("town_name"), rs.getString("status"),
                    conclusion == null ? null : CaseStatus.valueOf(conclusion),
                    RiskLevel.valueOf(rs.getString("risk_level")), rs.getInt("overdue") == 1, rs.getInt("on_time") == 1,
                    rs.getLong("cases"), rs.getLong("days"),
                    counts(rs, "channel", IntakeChannel.class), counts(rs, "level", HandlingLevel.class),
                    counts(rs, "ctype", CommitteeType.class));
        }, args.toArray());
    }

    /** The open cases of {@code risk}, nearest deadline first (index case_file_open_risk_idx), at most {@code limit}. */
    private void openCases(LedgerQuery query, RiskLevel risk, LocalDate today, int limit, CaseTally tally) {
        List<Object> args = new ArrayList<>(query.args());
        args.add(limit);
        jdbc.query("select c.id, c.case_number, c.town_code, t.name as town_name, c.committee_code,"
                        + " m.name as committee_name, c.deadline, c.process_instance_id from case_file c"
                        + " left join org_unit t on t.code = c.town_code left join org_committee m on m.code = c.committee_code"
                        + " where " + query.where() + " and c.risk_level = '" + risk.name() + "' and c.conclusion is null"
                        + " order by c.deadline, c.id fetch first ? rows only",
                (RowCallbackHandler) rs -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    tally.addHighRisk(new HighRiskCase(rs.getLong("id"), rs.getString("case_number"), risk.name(),
                            risk.label(), rs.getString("town_code"), rs.getString("town_name"),
                            rs.getString("committee_code"), rs.getString("committee_name"), deadline,
                            deadline.isBefore(today), rs.getString("process_instance_id")));
                }, args.toArray());
    }

    private static <E extends Enum<E>> E code(String value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value);
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
        Map<E, Long> counts = new EnumMap<>(type);
        for (E code : type.getEnumConstants()) {
            long n = rs.getLong(prefix + "_" + code.name().toLowerCase());
            if (n > 0) {
                counts.put(code, n);
            }
        }
        return counts;
    }
}
