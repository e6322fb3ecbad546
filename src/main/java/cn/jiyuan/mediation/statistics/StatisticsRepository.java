package cn.jiyuan.mediation.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.cases.CaseTime;

/** The figures that are not counts of ledger rows: early-warning entries and screening reports of the period. */
@Repository
class StatisticsRepository {

    /** A count of stability-ledger entries of one level and state. */
    record WarningCount(String riskLevel, String status, long count) {
    }

    private final JdbcTemplate jdbc;

    StatisticsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stability-ledger entries entered in the period, of cases the scope handles, by level and state. */
    List<WarningCount> warnings(CaseScope scope, StatisticsQuery query) {
        CaseScope.Sql handles = scope.handles();
        List<Object> args = new ArrayList<>(handles.args());
        args.add(startOf(query.from()));
        args.add(startOf(query.to().plusDays(1)));
        String town = "";
        if (query.townCode() != null) {
            town = " and c.town_code = ?";
            args.add(query.townCode());
        }
        return jdbc.query("select e.risk_level, e.status, count(*) as n from stability_ledger e"
                        + " join case_file c on c.id = e.case_id where " + handles.text()
                        + " and e.entered_at >= ? and e.entered_at < ?" + town + " group by e.risk_level, e.status",
                (rs, i) -> new WarningCount(rs.getString("risk_level"), rs.getString("status"), rs.getLong("n")),
                args.toArray());
    }

    /**
     * Coverage of the rounds dated in the period, over the reports of units in the scope's reach. screening_report
     * has the committee and town columns the scope's condition names, so the report table takes the alias {@code c}
     * and the cases' rule applies unchanged: a committee sees its own unit's reports, a justice office its town's.
     *
     * @param now due times before this are overdue (the screening clock)
     */
    ScreeningFigures screening(CaseScope scope, StatisticsQuery query, OffsetDateTime now) {
        CaseScope.Sql handles = scope.handles();
        List<Object> args = new ArrayList<>();
        args.add(now);
        args.add(query.from());
        args.add(query.to());
        args.addAll(handles.args());
        String town = "";
        if (query.townCode() != null) {
            town = " and c.town_code = ?";
            args.add(query.townCode());
        }
        return jdbc.queryForObject("select count(distinct c.round_id) as rounds, count(*) as expected,"
                        + " coalesce(sum(case when c.status <> 'PENDING' then 1 else 0 end), 0) as reported,"
                        + " coalesce(sum(case when c.status = 'ZERO' then 1 else 0 end), 0) as zero_reports,"
                        + " coalesce(sum(case when c.status = 'PENDING' and c.due_at < ? then 1 else 0 end), 0) as overdue,"
                        + " coalesce(sum(c.dispute_count), 0) as disputes"
                        + " from screening_report c join screening_round s on s.id = c.round_id"
                        + " where s.round_date between ? and ? and " + handles.text() + town,
                (rs, i) -> {
                    long expected = rs.getLong("expected");
                    long reported = rs.getLong("reported");
                    return new ScreeningFigures(rs.getLong("rounds"), expected, reported, rs.getLong("zero_reports"),
                            rs.getLong("overdue"), StatisticsService.rate(reported, expected), rs.getLong("disputes"));
                }, args.toArray());
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(CaseTime.ZONE).toOffsetDateTime();
    }
}
