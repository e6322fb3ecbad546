package cn.jiyuan.mediation.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.ReferralOutcome;

/**
 * The one translation of a {@link LedgerFilter} into SQL over case_file {@code c}, used by the ledger's pages, its
 * stream (the Excel export) and the statistics alike, so that every figure is the count of ledger rows.
 *
 * <p><b>Concluded (办结)</b> is the case's stored conclusion ({@link cn.jiyuan.mediation.cases.Conclusion}: a
 * concluding status entry that no reopening follows, kept on case_file with every status entry). A case that is not
 * concluded is <b>open</b>; an open case is <b>overdue</b> when its deadline (case_file.deadline, already moved by a
 * consented extension or by a reopening) lies before today, Jiyuan's date.
 *
 * <p><b>Referral (移送)</b> is the case's latest referral, kept on case_file (referral_kind, referral_outcome) by the
 * referral itself and its answer: {@code referralOutcome=PENDING} is a referral without an answer yet. While a case
 * waits for that answer its deadline is the answer's due date (a late answer makes it overdue).
 *
 * <p><b>Free text</b> finds a case by any part of its number of three characters or more (第12号, 1711, 东许村), and
 * — only where the reader handles the case — by the beginning of a party's name (the surname or the whole name). Both are served by indexes on PostgreSQL (a trigram
 * index for the number, a pattern-ordered one for names: db/vendor/postgresql); the matching case ids are gathered
 * first, so that neither condition is evaluated per case of the city.
 *
 * <p>Registration dates are Jiyuan's dates: {@code from}/{@code to} become instants at Jiyuan's midnight, so that
 * the index on created_at serves and no database-specific time-zone function is needed.
 */
public final class LedgerQuery {

    /**
     * The shortest text searched for within case numbers: a trigram index finds nothing shorter, and one or two
     * characters are a surname or a name (林华), not a useful part of a number (（2025）沁园街道调字第1711号).
     */
    static final int NUMBER_TEXT_MIN = 3;

    /** An open case: no stored conclusion. */
    static final String OPEN = "c.conclusion is null";

    /** Whose rows: those the reader may read (the ledger), or those the reader handles or supervises. */
    public enum Reach {
        /** {@link CaseScope#reads()}: the ledger, which shows parties masked where the reader does not handle. */
        READS,
        /** {@link CaseScope#handles()}: the statistics. */
        HANDLES
    }

    private final String where;
    private final List<Object> args;
    private final CaseScope scope;

    private LedgerQuery(String where, List<Object> args, CaseScope scope) {
        this.where = where;
        this.args = List.copyOf(args);
        this.scope = scope;
    }

    /**
     * @param today Jiyuan's date against which "overdue" is judged
     */
    public static LedgerQuery of(CaseScope scope, Reach reach, LedgerFilter filter, LocalDate today) {
        CaseScope.Sql visible = reach == Reach.READS ? scope.reads() : scope.handles();
        if (filter.townCode() != null && scope.towns().contains(filter.townCode())) {
            // a town the reader supervises: every case of it is visible, and the scope's OR (committees, towns,
            // own registrations) would only keep the database from using the town's index
            visible = new CaseScope.Sql("1 = 1", List.of());
        }
        StringBuilder sql = new StringBuilder(visible.text());
        List<Object> args = new ArrayList<>(visible.args());
        if (filter.from() != null) {
            sql.append(" and c.created_at >= ?");
            args.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and c.created_at < ?");
            args.add(startOf(filter.to().plusDays(1)));
        }
        equal(sql, args, "c.town_code", filter.townCode());
        equal(sql, args, "c.committee_code", filter.committeeCode());
        equal(sql, args, "c.category", filter.category() == null ? null : filter.category().name());
        equal(sql, args, "c.channel", filter.channel() == null ? null : filter.channel().name());
        equal(sql, args, "c.status", filter.status() == null ? null : filter.status().name());
        equal(sql, args, "c.risk_level", filter.riskLevel() == null ? null : filter.riskLevel().name());
        equal(sql, args, "c.handling_level", filter.handlingLevel() == null ? null : filter.handlingLevel().name());
        if (filter.committeeType() != null) {
            sql.append(" and c.committee_code in (select t.code from org_committee t where t.type = ?)");
            args.add(filter.committeeType().name());
        }
        equal(sql, args, "c.referral_kind", filter.referralKind() == null ? null : filter.referralKind().name());
        if (filter.referralOutcome() == ReferralOutcome.PENDING) {
            sql.append(" and c.referral_kind is not null and c.referral_outcome is null");
        } else {
            equal(sql, args, "c.referral_outcome", filter.referralOutcome() == null ? null
                    : filter.referralOutcome().name());
        }
        if (filter.overdue() != null) {
            String overdue = "(c.deadline < ? and " + OPEN + ")";
            sql.append(filter.overdue() ? " and " + overdue : " and not " + overdue);
            args.add(today);
        }
        if (filter.text() != null) {
            text(sql, args, filter.text(), scope.handles());
        }
        return new LedgerQuery(sql.toString(), args, scope);
    }

    /**
     * A party's name only where the reader handles the case: whoever sees a case masked must not learn through the
     * search who its parties are (the rule of the case list). The matching ids are gathered first (a union of two
     * index lookups), then the reader's rule is applied to them.
     */
    private static void text(StringBuilder sql, List<Object> args, String text, CaseScope.Sql handles) {
        String beginning = escape(text) + "%";
        if (text.codePointCount(0, text.length()) < NUMBER_TEXT_MIN) {
            sql.append(" and c.id in (select p.case_id from case_party p where p.name like ? escape '\\') and ")
                    .append(handles.text());
            args.add(beginning);
            args.addAll(handles.args());
            return;
        }
        String anywhere = "%" + escape(text) + "%";
        sql.append(" and c.id in (select n.id from case_file n where n.case_number like ? escape '\\'"
                + " union select p.case_id from case_party p where p.name like ? escape '\\')");
        args.add(anywhere);
        args.add(beginning);
        sql.append(" and (c.case_number like ? escape '\\' or ").append(handles.text()).append(")");
        args.add(anywhere);
        args.addAll(handles.args());
    }

    /** The condition over case_file {@code c}. */
    public String where() {
        return where;
    }

    public List<Object> args() {
        return args;
    }

    /** {@code select count(*)} of the matching cases. */
    String countSql() {
        return "select count(*) from case_file c where " + where;
    }

    /**
     * The matching rows with what a {@link LedgerRow} holds, in the given order; the select's own arguments (whether
     * the reader handles the case) come before {@link #args()}: see {@link #selectArgs()}.
     */
    String selectSql(LedgerSort sort) {
        return "select c.id, c.case_number, c.category, c.channel, c.status, c.outcome, c.risk_level,"
                + " c.handling_level, c.town_code, t.name as town_name, c.village_code, v.name as village_name,"
                + " c.committee_code, m.name as committee_name, c.created_at, c.deadline, c.process_instance_id,"
                + " c.early_warning, c.concluded_on, c.conclusion, c.referral_kind, c.referral_outcome,"
                + " (select count(*) from case_follow_up f where f.case_id = c.id and f.result = 'REBOUND') as rebounds,"
                + " case when " + scope.handles().text() + " then 1 else 0 end as full_access"
                + " from case_file c left join org_unit t on t.code = c.town_code"
                + " left join org_unit v on v.code = c.village_code"
                + " left join org_committee m on m.code = c.committee_code"
                + " where " + where + " order by " + sort.orderBy();
    }

    List<Object> selectArgs() {
        List<Object> all = new ArrayList<>(scope.handles().args());
        all.addAll(args);
        return all;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(CaseTime.ZONE).toOffsetDateTime();
    }

    private static void equal(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    /** LIKE wildcards typed by the user are searched for as such. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
