package cn.jiyuan.mediation.caselist;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds the cases of a list: those the user may read ({@link CaseScope#reads()}), newest first, optionally only
 * those the user registered and those matching a search. A search matches the case number in any case the user may
 * read, and a party's name or phone only in cases the user handles or supervises: whoever sees a case masked must
 * not learn through the search who its parties are.
 */
@Repository
class CaseListRepository {

    /** A case of the list, with what its stage is derived from. */
    record Row(long id, int sessions, int openVisits) {
    }

    private final JdbcTemplate jdbc;

    CaseListRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> find(CaseScope scope, CaseSearch search) {
        Query q = where(scope, search);
        List<Object> args = new ArrayList<>(q.args);
        args.add(search.size());
        args.add((long) search.page() * search.size());
        return jdbc.query("select c.id,"
                + " (select count(*) from case_session s where s.case_id = c.id) as sessions,"
                + " (select count(*) from case_follow_up f where f.case_id = c.id and f.result is null) as open_visits"
                + " from case_file c where " + q.text + " order by c.created_at desc, c.id desc limit ? offset ?",
                (rs, i) -> new Row(rs.getLong("id"), rs.getInt("sessions"), rs.getInt("open_visits")),
                args.toArray());
    }

    /**
     * Who mediated the case: whoever recorded a session, an agreement or the outcome (调解不成, 撤回), or referred it
     * out (移送), in the
     * order they first did (a case handed over has the mediators of both committees).
     */
    List<String> mediators(long caseId) {
        return jdbc.queryForList("select who from (select recorded_by as who, recorded_at as at from case_session"
                + " where case_id = ? union all select recorded_by, recorded_at from case_agreement where case_id = ?"
                + " union all select changed_by, changed_at from case_status_history where case_id = ?"
                + " and status in ('AGREED', 'NO_AGREEMENT', 'WITHDRAWN', 'REFERRED_OUT')) m"
                + " where who <> 'system' group by who order by min(at)", String.class, caseId, caseId, caseId);
    }

    long count(CaseScope scope, CaseSearch search) {
        Query q = where(scope, search);
        Long n = jdbc.queryForObject("select count(*) from case_file c where " + q.text, Long.class,
                q.args.toArray());
        return n == null ? 0 : n;
    }

    private static Query where(CaseScope scope, CaseSearch search) {
        CaseScope.Sql reads = scope.reads();
        StringBuilder text = new StringBuilder(reads.text());
        List<Object> args = new ArrayList<>(reads.args());
        if (search.registeredByMe()) {
            text.append(" and c.created_by = ?");
            args.add(scope.userId());
        }
        if (search.text() != null) {
            String like = "%" + escape(search.text()) + "%";
            CaseScope.Sql handles = scope.handles();
            text.append(" and (c.case_number like ? escape '\\' or (").append(handles.text())
                    .append(" and exists (select 1 from case_party p where p.case_id = c.id and (p.name like ? escape '\\'");
            args.add(like);
            args.addAll(handles.args());
            args.add(like);
            if (search.phoneDigits() != null) {
                // phones are stored as entered (0391-6612345, 138 1234 1234): compared without separators
                text.append(" or replace(replace(coalesce(p.phone, ''), '-', ''), ' ', '') like ?");
                args.add("%" + search.phoneDigits() + "%");
            }
            text.append("))))");
        }
        return new Query(text.toString(), args);
    }

    /** LIKE wildcards typed by the user are searched for as such. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Query(String text, List<Object> args) {
    }
}
