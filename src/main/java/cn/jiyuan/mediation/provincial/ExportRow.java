package cn.jiyuan.mediation.provincial;

import java.util.Arrays;
import java.util.List;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.spreadsheet.Column;

/**
 * The columns of the export, the same in the workbook and in the CSV file, and one case as their values. Each of the
 * report's coded fields is a pair, the code then its name (the provincial system imports the code, a person reads the
 * name), and where the report's list is coarser than ours our own value follows (本系统…), so that nothing is lost in
 * the mapping. No party's name, phone or ID number and no summary: the report counts cases, not people
 * (docs/provincial-export.md, 个人信息).
 */
final class ExportRow {

    static final List<Column> COLUMNS = List.of(
            Column.text("案号", 32), Column.date("受理日期", 12), Column.date("结案日期", 12),
            Column.number("办理天数", 10), Column.text("镇（街道）代码", 14), Column.text("镇（街道）", 12),
            Column.text("村（社区）代码", 16), Column.text("村（社区）", 14), Column.text("调解组织代码", 20),
            Column.text("调解组织", 32), Column.text("调解组织层级", 22), Column.text("调解组织类型", 26),
            Column.text("纠纷类型代码", 12),
            Column.text("纠纷类型", 16), Column.text("本系统纠纷类型", 16), Column.text("受理来源代码", 12),
            Column.text("受理来源", 18), Column.text("本系统案件来源", 22), Column.text("调解方式代码", 12),
            Column.text("调解方式", 12), Column.text("本系统调解方式", 14), Column.number("调解次数", 10),
            Column.text("调解结果代码", 12), Column.text("调解结果", 24), Column.text("移送去向", 24),
            Column.text("协议形式代码", 12),
            Column.text("协议形式", 10), Column.text("申请司法确认", 12), Column.number("涉及人数", 10),
            Column.number("涉及金额（元）", 16, "#,##0.00"), Column.text("是否涉企", 10), Column.text("核查结果", 48));

    private ExportRow() {
    }

    /** The case's values in column order (null: empty). */
    static List<Object> values(ConcludedCase c, List<Gap> gaps) {
        ReportCategory category = ReportCategory.of(c.category());
        ReportSource source = ReportSource.of(c.channel());
        ReportMode mode = c.lastSessionMode() == null ? null : ReportMode.of(c.lastSessionMode());
        ReportResult result = ReportResult.of(c.conclusion());
        ReportAgreementForm form = c.agreementForm();
        boolean agreed = c.conclusion() == CaseStatus.AGREED;
        return Arrays.asList(c.caseNumber(), c.registeredOn(), c.concludedOn(), c.daysToConclude(), c.townCode(),
                c.townName(), c.villageCode(), c.villageName(), c.committeeCode(), c.committeeName(),
                c.handlingLevel().label(), c.committeeType() == null ? null : c.committeeType().label(), category.code(),
                category.label(), c.category().label(), source.code(),
                source.label(), c.channel().label(), code(mode), label(mode),
                c.lastSessionMode() == null ? null : c.lastSessionMode().label(), c.sessions(), result.code(),
                result.label(), referredTo(c), code(form), label(form), agreed ? yesNo(c.judicialConfirmation()) : null,
                c.peopleInvolved(), c.amountInvolved(), yesNo(c.enterpriseRelated()), RequiredFields.summary(gaps));
    }

    /** Where a case concluded by referral went: 诉调对接（人民法院）; empty for every other conclusion. */
    private static String referredTo(ConcludedCase c) {
        return c.conclusion() == CaseStatus.REFERRED && c.referralKind() != null
                ? c.referralKind().label() + "（" + c.referralKind().receiver() + "）" : null;
    }

    private static String code(ReportCode value) {
        return value == null ? null : value.code();
    }

    private static String label(ReportCode value) {
        return value == null ? null : value.label();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
