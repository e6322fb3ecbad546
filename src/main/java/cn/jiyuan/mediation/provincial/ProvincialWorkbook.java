package cn.jiyuan.mediation.provincial;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The export as an Excel workbook (人民调解案件统计-2026-02.xlsx), written by the ledger's streaming writer: the sheet
 * 人民调解案件统计 with a row per case ({@link ExportRow}), and the summary sheet 汇总 with the month, the scope, the
 * row count and the counts by the report's 纠纷类型, 受理来源, 调解结果, by 调解组织类型 (committees and stationed rooms) and
 * the check's result — the figures of the report's
 * form for that month.
 */
@Component
class ProvincialWorkbook {

    static final String SHEET = "人民调解案件统计";

    private final ProvincialExport export;

    ProvincialWorkbook(ProvincialExport export) {
        this.export = export;
    }

    long send(HttpServletResponse response, ExportScope scope, ReportMonth month) throws IOException {
        XlsxTable table = XlsxTable.of(SHEET, ExportRow.COLUMNS).title(SHEET + "（" + month + " 结案）")
                .filter("结案月份", month + "（" + XlsxTable.period(month.first(), month.next().minusDays(1)) + "）")
                .filter("范围", export.scopeName(scope))
                .countGroup("纠纷类型", labels(ReportCategory.values()))
                .countGroup("受理来源", labels(ReportSource.values()))
                .countGroup("调解结果", labels(ReportResult.values()))
                .countGroup("调解组织类型", Arrays.stream(CommitteeType.values()).map(CommitteeType::label).toList())
                .countGroup("核查结果", List.of(RequiredFields.COMPLETE, RequiredFields.INCOMPLETE));
        return SpreadsheetDownload.send(response, FileNames.chinese(month, "xlsx"), FileNames.ascii(month, "xlsx"), table,
                sink -> export.stream(scope, month, (c, gaps) -> {
                    sink.row(ExportRow.values(c, gaps));
                    sink.count("纠纷类型", ReportCategory.of(c.category()).label());
                    sink.count("受理来源", ReportSource.of(c.channel()).label());
                    sink.count("调解结果", ReportResult.of(c.conclusion()).label());
                    if (c.committeeType() != null) {
                        sink.count("调解组织类型", c.committeeType().label());
                    }
                    sink.count("核查结果", gaps.isEmpty() ? RequiredFields.COMPLETE : RequiredFields.INCOMPLETE);
                }));
    }

    private static List<String> labels(ReportCode[] codes) {
        return Arrays.stream(codes).map(ReportCode::label).toList();
    }
}
