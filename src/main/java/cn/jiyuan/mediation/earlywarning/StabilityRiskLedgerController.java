package cn.jiyuan.mediation.earlywarning;

import java.io.IOException;
import java.time.LocalDate;
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
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.web.QueryParameters;
import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/ledger/stability-risks?townCode=&status=OPEN|CLOSED&riskLevel=&from=&to=&format=xlsx|json}: the
 * stability-risk ledger (稳定风险台账) the caller may read ({@link StabilityLedgerReaders}: a justice office its
 * towns, the grassroots section and administrators the city), personal data masked; {@code from}/{@code to} limit
 * the day the case was entered. JSON {@code {total, items}} by default; an Excel workbook with {@code format=xlsx}
 * or {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}.
 */
@RestController
public class StabilityRiskLedgerController {

    /** The JSON answer. */
    public record Page(int total, List<StabilityRiskLedger.Row> items) {
    }

    private final StabilityRiskLedger ledger;
    private final OrganizationRepository registry;

    public StabilityRiskLedgerController(StabilityRiskLedger ledger, OrganizationRepository registry) {
        this.ledger = ledger;
        this.registry = registry;
    }

    @GetMapping("/api/ledger/stability-risks")
    public ResponseEntity<Page> risks(@RequestParam(required = false) String townCode,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String riskLevel,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String format,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                      @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                      HttpServletResponse response) throws IOException {
        QueryParameters p = new QueryParameters();
        boolean xlsx = p.spreadsheet(format, accept);
        String town = p.identifier("townCode", townCode);
        OrgUnit townUnit = town == null ? null : registry.findUnit(town).filter(u -> u.level() == UnitLevel.TOWN)
                .orElse(null);
        if (town != null && townUnit == null) {
            p.problem("townCode", "没有该镇（街道）");
        }
        StabilityLedger.Status wanted = p.code("status", status, StabilityLedger.Status.class);
        RiskLevel level = p.code("riskLevel", riskLevel, RiskLevel.class);
        LocalDate fromDay = p.date("from", from);
        LocalDate toDay = p.date("to", to);
        p.period("from", fromDay, toDay);
        p.check();
        List<String> towns = StabilityLedgerReaders.towns(user, registry, townUnit == null ? null : town);
        List<StabilityRiskLedger.Row> rows = ledger.rows(new StabilityRiskLedger.Query(townUnit == null ? null : town,
                wanted, level, fromDay, toDay, towns));
        if (!xlsx) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Page(rows.size(), rows));
        }
        LocalDate today = CaseTime.today();
        XlsxTable table = StabilityRiskLedger.table()
                .filter("查看范围", towns == null ? "全市" : String.join("、", towns.stream().map(this::townName).toList()))
                .filter("镇（街道）", townUnit == null ? null : townUnit.name())
                .filter("状态", wanted == null ? null : wanted == StabilityLedger.Status.OPEN ? StabilityRiskLedger.OPEN_LABEL
                        : StabilityRiskLedger.CLOSED_LABEL)
                .filter("风险等级", level == null ? null : level.label())
                .filter("登记日期", XlsxTable.period(fromDay, toDay));
        SpreadsheetDownload.send(response, StabilityRiskLedger.SHEET + "-" + today + ".xlsx",
                "stability-risks-" + today + ".xlsx", table, sink -> {
                    for (StabilityRiskLedger.Row r : rows) {
                        sink.row(StabilityRiskLedger.cells(r));
                        sink.count("风险等级", r.riskLevelName());
                        sink.count("状态", r.statusName());
                        sink.count("镇（街道）", r.townName());
                    }
                });
        return null;
    }

    private String townName(String code) {
        return registry.findUnit(code).map(OrgUnit::name).orElse(code);
    }
}
