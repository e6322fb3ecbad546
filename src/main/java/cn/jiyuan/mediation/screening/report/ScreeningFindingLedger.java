package cn.jiyuan.mediation.screening.report;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.screening.schedule.RoundKind;
import cn.jiyuan.mediation.spreadsheet.Column;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;

/**
 * The disputes found in screening (排查发现, table {@code screening_finding} with its report and round) as
 * supervisors read and download them: labels beside every code, the parties' names as 王某, their phone numbers
 * as 138****1234, and names, phone and ID numbers masked in the description and resolution. The download streams
 * the rows from the database into the workbook (a cursor on PostgreSQL), however many there are.
 */
@Component
public class ScreeningFindingLedger {

    static final String SHEET = "排查发现";
    static final int FETCH_SIZE = 500;

    static final Map<FindingOutcome, String> OUTCOME_LABELS = new EnumMap<>(Map.of(
            FindingOutcome.RESOLVED, "已当场化解", FindingOutcome.TO_REGISTER, "待登记为案件",
            FindingOutcome.CASE_REGISTERED, "已登记为案件"));

    /** What is asked for; null fields do not filter. {@code towns}: null every town. */
    public record Query(String townCode, DisputeCategory category, Handling handling, FindingOutcome outcome,
                        RoundKind kind, LocalDate from, LocalDate to, Set<String> towns) {
    }

    /** One finding as answered and written: masked, with labels beside the codes. */
    public record Row(long id, LocalDate roundDate, String roundKind, String roundKindName, String roundTitle,
                      String townCode, String townName, String unitCode, String unitName, int seq, String category,
                      String categoryName, String description, String applicantName, String applicantPhone,
                      String respondentName, String respondentPhone, Integer peopleInvolved, String handling,
                      String handlingName, String resolution, BigDecimal amountInvolved, boolean enterpriseRelated,
                      List<String> riskIndicators, String riskIndicatorNames, String outcome, String outcomeName,
                      String caseNumber, LocalDate reportedOn) {
    }

    static final List<Column> COLUMNS = List.of(Column.date("排查日期", 12), Column.text("排查类型", 10),
            Column.text("排查轮次", 30), Column.text("镇（街道）", 12), Column.text("排查单位", 22),
            Column.number("序号", 6), Column.text("纠纷类型", 12), Column.text("纠纷简况", 50),
            Column.text("申请人", 10), Column.text("申请人电话", 14), Column.text("被申请人", 10),
            Column.text("被申请人电话", 14), Column.number("涉及人数", 9), Column.text("处理方式", 12),
            Column.text("化解情况", 40), Column.number("涉及金额（元）", 15, "#,##0.00"), Column.text("涉企", 6),
            Column.text("风险因素", 30), Column.text("处理结果", 14), Column.text("案件编号", 30),
            Column.date("上报日期", 12));

    private static final String FROM = " from screening_finding f join screening_report r on r.id = f.report_id"
            + " join screening_round d on d.id = f.round_id";
    private static final String SELECT = "select f.id, f.seq, f.description, f.category, f.applicant_name,"
            + " f.applicant_phone, f.respondent_name, f.respondent_phone, f.people_involved, f.handling, f.resolution,"
            + " f.amount_involved, f.enterprise_related, f.risk_indicators, f.outcome, f.case_number, f.created_at,"
            + " r.town_code, r.unit_code, r.unit_name, d.kind, d.round_date, d.title" + FROM;
    private static final String ORDER = " order by d.round_date desc, r.town_code, r.unit_code, f.seq, f.id";

    private final JdbcTemplate jdbc;
    private final OrganizationRepository registry;
    private final TransactionTemplate readOnly;

    public ScreeningFindingLedger(JdbcTemplate jdbc, OrganizationRepository registry,
                                  PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** How many findings the query matches. */
    public int count(Query query) {
        Where where = where(query);
        if (where == null) {
            return 0;
        }
        Integer n = jdbc.queryForObject("select count(*)" + FROM + where.sql(), Integer.class, where.args().toArray());
        return n == null ? 0 : n;
    }

    /** A page of the findings (from 0), newest round first. */
    public List<Row> page(Query query, int page, int size) {
        Where where = where(query);
        if (where == null) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(where.args());
        args.add((long) page * size);
        args.add(size);
        Map<String, String> towns = new HashMap<>();
        return jdbc.query(SELECT + where.sql() + ORDER + " offset ? rows fetch next ? rows only",
                (rs, i) -> row(rs, towns), args.toArray());
    }

    /**
     * Hands every finding of the query to {@code each}, one at a time, as the database returns them (in a read-only
     * transaction, so that PostgreSQL's driver uses a cursor of {@value #FETCH_SIZE} rows rather than reading all).
     */
    public void stream(Query query, Consumer<Row> each) {
        Where where = where(query);
        if (where == null) {
            return;
        }
        Map<String, String> towns = new HashMap<>();
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            PreparedStatement s = connection.prepareStatement(SELECT + where.sql() + ORDER);
            s.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < where.args().size(); i++) {
                s.setObject(i + 1, where.args().get(i));
            }
            return s;
        }, rs -> {
            each.accept(row(rs, towns));
        }));
    }

    private record Where(String sql, List<Object> args) {
    }

    /** @return null when the query can match nothing (no town to see) */
    private static Where where(Query q) {
        if (q.towns() != null && q.towns().isEmpty()) {
            return null;
        }
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.towns() != null) {
            sql.append(" and r.town_code in (").append(String.join(", ", Collections.nCopies(q.towns().size(), "?")))
                    .append(")");
            args.addAll(q.towns());
        }
        condition(sql, args, "r.town_code", q.townCode());
        condition(sql, args, "f.category", q.category() == null ? null : q.category().name());
        condition(sql, args, "f.handling", q.handling() == null ? null : q.handling().name());
        condition(sql, args, "f.outcome", q.outcome() == null ? null : q.outcome().name());
        condition(sql, args, "d.kind", q.kind() == null ? null : q.kind().name());
        if (q.from() != null) {
            sql.append(" and d.round_date >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" and d.round_date <= ?");
            args.add(q.to());
        }
        return new Where(sql.toString(), args);
    }

    private static void condition(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private Row row(ResultSet rs, Map<String, String> towns) throws SQLException {
        String applicant = rs.getString("applicant_name");
        String respondent = rs.getString("respondent_name");
        List<String> names = Arrays.asList(applicant, respondent);
        int people = rs.getInt("people_involved");
        Integer peopleInvolved = rs.wasNull() ? null : people;
        String codes = rs.getString("risk_indicators");
        List<RiskIndicator> indicators = codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(";")).map(RiskIndicator::valueOf).toList();
        DisputeCategory category = DisputeCategory.valueOf(rs.getString("category"));
        Handling handling = Handling.valueOf(rs.getString("handling"));
        FindingOutcome outcome = FindingOutcome.valueOf(rs.getString("outcome"));
        RoundKind kind = RoundKind.valueOf(rs.getString("kind"));
        String town = rs.getString("town_code");
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getObject("round_date", LocalDate.class), kind.name(), kind.label(),
                rs.getString("title"), town, towns.computeIfAbsent(town,
                        code -> registry.findUnit(code).map(OrgUnit::name).orElse(code)),
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("seq"), category.name(),
                category.label(), PersonalDataMasking.text(rs.getString("description"), names),
                PersonalDataMasking.name(applicant), PersonalDataMasking.phone(rs.getString("applicant_phone")),
                PersonalDataMasking.name(respondent), PersonalDataMasking.phone(rs.getString("respondent_phone")),
                peopleInvolved, handling.name(), handling.label(),
                PersonalDataMasking.text(rs.getString("resolution"), names), rs.getBigDecimal("amount_involved"),
                rs.getBoolean("enterprise_related"), indicators.stream().map(Enum::name).toList(),
                indicators.stream().map(RiskIndicator::label).collect(Collectors.joining("、")), outcome.name(),
                OUTCOME_LABELS.get(outcome), rs.getString("case_number"),
                created == null ? null : created.atZoneSameInstant(CaseTime.ZONE).toLocalDate());
    }

    /** The workbook's table (its filters are the caller's to name), listing the handling and outcome counts beforehand. */
    static XlsxTable table() {
        return XlsxTable.of(SHEET, COLUMNS).title("济源市矛盾纠纷排查发现")
                .countGroup("处理方式", Arrays.stream(Handling.values()).map(Handling::label).toList())
                .countGroup("处理结果", Arrays.stream(FindingOutcome.values()).map(OUTCOME_LABELS::get).toList());
    }

    static Object[] cells(Row r) {
        return new Object[] {r.roundDate(), r.roundKindName(), r.roundTitle(), r.townName(), r.unitName(), r.seq(),
            r.categoryName(), r.description(), r.applicantName(), r.applicantPhone(), r.respondentName(),
            r.respondentPhone(), r.peopleInvolved(), r.handlingName(), r.resolution(), r.amountInvolved(),
            r.enterpriseRelated(), r.riskIndicatorNames(), r.outcomeName(), r.caseNumber(), r.reportedOn()};
    }
}
