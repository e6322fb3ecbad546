package cn.jiyuan.mediation.earlywarning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.spreadsheet.Column;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;

/**
 * The stability-risk ledger (稳定风险台账) as supervisors read and download it: every entry with its plan
 * (一案一策), labels beside the codes, and personal data masked wherever it may appear. The entries' free texts
 * (reasons, measures, outcome, plan, instructions, joint handling) have the case's parties' names written as 王某
 * and phone and ID numbers masked; the responsible person and whoever instructed keep their names (officials in
 * their office), their phone numbers masked.
 */
@Component
public class StabilityRiskLedger {

    static final String SHEET = "稳定风险台账";
    static final String OPEN_LABEL = "在册";
    static final String CLOSED_LABEL = "已销号";

    /** What the ledger is asked for; null fields do not filter. {@code towns}: null every town. */
    public record Query(String townCode, StabilityLedger.Status status, RiskLevel riskLevel, LocalDate enteredFrom,
                        LocalDate enteredTo, List<String> towns) {
    }

    /** One entry as answered and written: masked, with labels beside the codes. */
    public record Row(long caseId, String caseNumber, String townCode, String townName, String riskLevel,
                      String riskLevelName, String reasons, int warnings, LocalDate enteredOn, LocalDate updatedOn,
                      LocalDate closedOn, String status, String statusName, String outcome, String measures,
                      String responsiblePerson, String contingencyPlan, LocalDate contingencyActivatedOn,
                      String instructions, String instructedBy, String jointHandling, String jointDepartments) {
    }

    static final List<Column> COLUMNS = List.of(Column.text("案件编号", 30), Column.text("镇（街道）", 12),
            Column.text("风险等级", 10), Column.text("预警原因", 50), Column.number("预警次数", 9),
            Column.date("登记日期", 12), Column.date("更新日期", 12), Column.date("销号日期", 12),
            Column.text("状态", 8), Column.text("处置结果", 24), Column.text("防控化解措施", 50),
            Column.text("责任人", 22), Column.text("应急预案", 40), Column.date("应急预案启动日期", 17),
            Column.text("党委政府批示", 40), Column.text("批示人", 14), Column.text("联合处置情况", 40),
            Column.text("联合处置部门", 24));

    private final JdbcTemplate jdbc;
    private final OrganizationRepository registry;

    public StabilityRiskLedger(JdbcTemplate jdbc, OrganizationRepository registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** The entries asked for, newest first. */
    public List<Row> rows(Query query) {
        if (query.towns() != null && query.towns().isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.townCode() != null) {
            where.append(" and l.town_code = ?");
            args.add(query.townCode());
        }
        if (query.towns() != null) {
            where.append(" and l.town_code in (").append(String.join(", ", Collections.nCopies(query.towns().size(), "?")))
                    .append(")");
            args.addAll(query.towns());
        }
        if (query.status() != null) {
            where.append(" and l.status = ?");
            args.add(query.status().name());
        }
        if (query.riskLevel() != null) {
            where.append(" and l.risk_level = ?");
            args.add(query.riskLevel().name());
        }
        if (query.enteredFrom() != null) {
            where.append(" and l.entered_at >= ?");
            args.add(query.enteredFrom().atStartOfDay(CaseTime.ZONE).toOffsetDateTime());
        }
        if (query.enteredTo() != null) {
            where.append(" and l.entered_at < ?");
            args.add(query.enteredTo().plusDays(1).atStartOfDay(CaseTime.ZONE).toOffsetDateTime());
        }
        Map<Long, List<String>> parties = new HashMap<>();
        jdbc.query("select p.case_id, p.name from case_party p join stability_ledger l on l.case_id = p.case_id" + where,
                rs -> {
                    parties.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(rs.getString("name"));
                }, args.toArray());
        Map<String, String> towns = new HashMap<>();
        return jdbc.query(StabilityLedger.SELECT + where + " order by l.entered_at desc, l.case_id desc",
                StabilityLedger.ENTRY, args.toArray()).stream()
                .map(e -> row(e, parties.getOrDefault(e.caseId(), List.of()), towns)).toList();
    }

    private Row row(StabilityLedger.Entry e, List<String> names, Map<String, String> towns) {
        StabilityLedger.Plan p = e.plan();
        boolean open = StabilityLedger.Status.OPEN.name().equals(e.status());
        RiskLevel level = RiskLevel.valueOf(e.riskLevel());
        return new Row(e.caseId(), e.caseNumber(), e.townCode(), towns.computeIfAbsent(e.townCode(),
                code -> registry.findUnit(code).map(OrgUnit::name).orElse(code)), level.name(), level.label(),
                mask(e.reasons(), names), e.warnings(), day(e.enteredAt()), day(e.updatedAt()), day(e.closedAt()),
                e.status(), open ? OPEN_LABEL : CLOSED_LABEL, mask(e.outcome(), names),
                p == null ? null : mask(p.measures(), names), p == null ? null : mask(p.responsiblePerson(), names),
                p == null ? null : mask(p.contingencyPlan(), names), p == null ? null : day(p.contingencyActivatedAt()),
                p == null ? null : mask(p.instructions(), names), p == null ? null : mask(p.instructedBy(), names),
                p == null ? null : mask(p.jointHandling(), names), p == null ? null : mask(p.jointDepartments(), names));
    }

    /** The workbook's table (its filters are the caller's to name), counting risk levels and status beforehand. */
    static XlsxTable table() {
        return XlsxTable.of(SHEET, COLUMNS).title("济源市人民调解稳定风险台账")
                .countGroup("风险等级", List.of(RiskLevel.CRITICAL.label(), RiskLevel.HIGH.label(),
                        RiskLevel.MEDIUM.label(), RiskLevel.LOW.label()))
                .countGroup("状态", List.of(OPEN_LABEL, CLOSED_LABEL));
    }

    static Object[] cells(Row r) {
        return new Object[] {r.caseNumber(), r.townName(), r.riskLevelName(), r.reasons(), r.warnings(), r.enteredOn(),
            r.updatedOn(), r.closedOn(), r.statusName(), r.outcome(), r.measures(), r.responsiblePerson(),
            r.contingencyPlan(), r.contingencyActivatedOn(), r.instructions(), r.instructedBy(), r.jointHandling(),
            r.jointDepartments()};
    }

    private static String mask(String text, List<String> names) {
        return PersonalDataMasking.text(text, names);
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toLocalDate();
    }
}
