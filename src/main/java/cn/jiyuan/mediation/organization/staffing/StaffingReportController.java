package cn.jiyuan.mediation.organization.staffing;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;
import cn.jiyuan.mediation.spreadsheet.Column;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/staffing/report?townCode=&format=json|xlsx} (人员配备和覆盖情况): the {@link StaffingReport} as JSON,
 * or with {@code format=xlsx} (or an xlsx {@code Accept}) as 人员配备和覆盖情况-日期.xlsx: one row per shortfall, and
 * on the 汇总 sheet the coverage and the counts by rule and town. Access: {@link StaffingReportScope}.
 */
@RestController
public class StaffingReportController {

    static final List<Column> COLUMNS = List.of(Column.text("问题类别", 14), Column.text("镇（街道）", 12),
            Column.text("单位", 16), Column.text("调委会", 34), Column.text("调委会类型", 16), Column.number("委员人数", 10),
            Column.number("妇女委员", 10), Column.number("专职调解员", 10), Column.text("问题说明", 44));

    private final StaffingReport report;
    private final OrganizationRepository registry;

    public StaffingReportController(StaffingReport report, OrganizationRepository registry) {
        this.report = report;
        this.registry = registry;
    }

    /** No {@code produces}: an xlsx Accept must reach this method rather than be refused with 406. */
    @GetMapping("/api/staffing/report")
    public ResponseEntity<StaffingReport.Report> report(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                        @RequestParam(name = "townCode", required = false) String townCode,
                                                        @RequestParam(name = SpreadsheetDownload.FORMAT, required = false)
                                                        String format,
                                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
                                                        String accept,
                                                        HttpServletResponse response) throws IOException {
        StaffingReportScope scope = StaffingReportScope.of(user, townCode, registry);
        boolean xlsx = SpreadsheetDownload.wanted(format, accept);
        StaffingReport.Report r = report.report(scope);
        if (xlsx) {
            send(response, r);
            return null;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(r);
    }

    private static void send(HttpServletResponse response, StaffingReport.Report r) throws IOException {
        XlsxTable table = XlsxTable.of("人员配备问题", COLUMNS).title("人民调解组织人员配备和覆盖情况")
                .filter("镇（街道）", r.townName())
                .countGroup("问题类别", Arrays.stream(StaffingRule.values()).map(StaffingRule::label).toList());
        StaffingReport.Coverage c = r.coverage();
        table.count("覆盖情况", "镇（街道）总数", c.towns()).count("覆盖情况", "已设调委会的镇（街道）", c.townsCovered())
                .count("覆盖情况", "村（社区）总数", c.villages())
                .count("覆盖情况", "已设调委会的村（社区）", c.villagesCovered())
                .count("调委会", "核查调委会", r.committees()).count("调委会", "配备达标", r.compliantCommittees())
                .count("调委会", "存在问题", r.committees() - r.compliantCommittees());
        String today = CaseTime.today().toString();
        SpreadsheetDownload.send(response, "人员配备和覆盖情况-" + today + ".xlsx", "staffing-report-" + today + ".xlsx",
                table, sink -> {
                    for (StaffingReport.Shortfall s : r.shortfalls()) {
                        sink.row(s.ruleLabel(), s.townName(), s.unitName(), s.committeeName(), s.committeeTypeLabel(),
                                s.members(), s.women(), s.fullTimeMediators(), s.detail());
                        sink.count("问题类别", s.ruleLabel());
                        sink.count("镇（街道）", s.townName());
                    }
                });
    }
}
