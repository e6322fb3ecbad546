package cn.jiyuan.mediation.ledger;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;
import cn.jiyuan.mediation.spreadsheet.Column;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The case ledger as an Excel workbook (矛盾纠纷台账-日期.xlsx): the rows of {@link CaseLedger#stream}, every code as
 * its Chinese label, and the parties always masked (王某，138****1234) — a file leaves the platform's access rules
 * behind it, so even a reader who sees the parties in full on screen gets them masked here. The 汇总 sheet names
 * the filters and counts the rows by category, status, risk level and town.
 */
@Component
public class CaseLedgerWorkbook {

    static final List<Column> COLUMNS = List.of(
            Column.text("案号", 30), Column.date("登记日期", 12), Column.text("镇（街道）", 12),
            Column.text("村（社区）", 12), Column.text("调解组织", 30), Column.text("纠纷类型", 12),
            Column.text("案件来源", 12), Column.text("风险等级", 10), Column.text("办理层级", 12),
            Column.text("状态", 14), Column.date("办理期限", 12), Column.date("结案日期", 12),
            Column.text("结案方式", 14), Column.text("调解结果", 14), Column.text("是否超期", 10),
            Column.text("是否预警", 10), Column.number("反弹次数", 10), Column.text("申请人", 30),
            Column.text("被申请人", 30), Column.text("移送", 14), Column.text("移送结果", 24));

    private final CaseLedger ledger;
    private final OrganizationRepository registry;

    public CaseLedgerWorkbook(CaseLedger ledger, OrganizationRepository registry) {
        this.ledger = ledger;
        this.registry = registry;
    }

    /** Streams the workbook of the rows {@code user} may read that match {@code filter}, in {@code sort}'s order. */
    public long send(HttpServletResponse response, AuthenticatedUser user, LedgerFilter filter, LedgerSort sort)
            throws IOException {
        XlsxTable table = XlsxTable.of("矛盾纠纷台账", COLUMNS).title("矛盾纠纷台账");
        describe(table, filter);
        table.countGroup("纠纷类型", Arrays.stream(DisputeCategory.values()).map(DisputeCategory::label).toList())
                .countGroup("状态", Arrays.stream(CaseStatus.values()).map(CaseStatus::label).toList())
                .countGroup("风险等级", Arrays.stream(RiskLevel.values()).map(RiskLevel::label).toList());
        String today = CaseTime.today().toString();
        return SpreadsheetDownload.send(response, "矛盾纠纷台账-" + today + ".xlsx", "case-ledger-" + today + ".xlsx",
                table, sink -> ledger.stream(user, filter, sort, item -> {
                    sink.row(row(item));
                    sink.count("纠纷类型", item.categoryLabel());
                    sink.count("状态", item.statusLabel());
                    sink.count("风险等级", item.riskLevelLabel());
                    sink.count("镇（街道）", item.townName());
                }));
    }

    static List<Object> row(LedgerItem c) {
        return Arrays.asList(c.caseNumber(), c.registeredOn(), c.townName(), c.villageName(), c.committeeName(),
                c.categoryLabel(), c.channelLabel(), c.riskLevelLabel(), c.handlingLevelLabel(), c.statusLabel(),
                c.deadline(), c.concludedOn(), c.conclusionLabel(), c.outcomeLabel(), c.overdue() ? "是" : "否",
                c.earlyWarning() ? "是" : "否", c.rebounds(), parties(c, "APPLICANT"), parties(c, "RESPONDENT"),
                c.referralKindLabel(), c.referralOutcomeLabel());
    }

    /** The parties of one side, masked whatever the reader's access: 王某（138****1234）、李某. */
    static String parties(LedgerItem c, String role) {
        return c.parties().stream().filter(p -> role.equals(p.role())).map(p -> {
            String name = c.fullAccess() ? PersonalDataMasking.name(p.name()) : p.name();
            String phone = p.phone() == null || p.phone().isBlank() ? null
                    : c.fullAccess() ? PersonalDataMasking.phone(p.phone()) : p.phone();
            return phone == null ? name : name + "（" + phone + "）";
        }).collect(Collectors.joining("、"));
    }

    /** The filters applied, in words, for the 汇总 sheet. */
    private void describe(XlsxTable table, LedgerFilter f) {
        table.filter("登记日期", XlsxTable.period(f.from(), f.to()))
                .filter("镇（街道）", f.townCode() == null ? null
                        : registry.findUnit(f.townCode()).map(OrgUnit::name).orElse(f.townCode()))
                .filter("调解组织", f.committeeCode() == null ? null
                        : registry.findCommittee(f.committeeCode()).map(Committee::name).orElse(f.committeeCode()))
                .filter("纠纷类型", f.category() == null ? null : f.category().label())
                .filter("案件来源", f.channel() == null ? null : f.channel().label())
                .filter("状态", f.status() == null ? null : f.status().label())
                .filter("风险等级", f.riskLevel() == null ? null : f.riskLevel().label())
                .filter("办理层级", f.handlingLevel() == null ? null : f.handlingLevel().label())
                .filter("是否超期", f.overdue() == null ? null : f.overdue() ? "仅超期未结" : "不含超期未结")
                .filter("调解组织类型", f.committeeType() == null ? null : f.committeeType().label())
                .filter("移送", f.referralKind() == null ? null : f.referralKind().label())
                .filter("移送结果", f.referralOutcome() == null ? null : f.referralOutcome().label())
                .filter("搜索", f.text());
    }
}
