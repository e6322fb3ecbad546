package cn.jiyuan.mediation.screening.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.web.QueryParameters;
import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;
import cn.jiyuan.mediation.screening.coverage.ScreeningViewer;
import cn.jiyuan.mediation.screening.schedule.RoundKind;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/ledger/screening-findings?townCode=&category=&handling=&outcome=&kind=&from=&to=&page=&size=&format=}:
 * the disputes found in screening that the caller may see — the same readers as the screening coverage
 * ({@link ScreeningViewer}: a justice office its towns, the grassroots section and administrators the city, others
 * 403) — personal data masked; {@code from}/{@code to} limit the round's day. JSON {@code {total, page, size, items}}
 * by default; with {@code format=xlsx} or {@code Accept} of the xlsx media type every matching finding (no paging)
 * as an Excel workbook.
 */
@RestController
public class ScreeningFindingLedgerController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    /** The JSON answer: a page (from 0) of the findings. */
    public record Page(int total, int page, int size, List<ScreeningFindingLedger.Row> items) {
    }

    private final ScreeningFindingLedger findings;
    private final OrganizationRepository registry;

    public ScreeningFindingLedgerController(ScreeningFindingLedger findings, OrganizationRepository registry) {
        this.findings = findings;
        this.registry = registry;
    }

    @GetMapping("/api/ledger/screening-findings")
    public ResponseEntity<Page> findings(@RequestParam(required = false) String townCode,
                                         @RequestParam(required = false) String category,
                                         @RequestParam(required = false) String handling,
                                         @RequestParam(required = false) String outcome,
                                         @RequestParam(required = false) String kind,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String page,
                                         @RequestParam(required = false) String size,
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
        DisputeCategory categoryCode = p.code("category", category, DisputeCategory.class);
        Handling handlingCode = p.code("handling", handling, Handling.class);
        FindingOutcome outcomeCode = p.code("outcome", outcome, FindingOutcome.class);
        RoundKind kindCode = p.code("kind", kind, RoundKind.class);
        LocalDate fromDay = p.date("from", from);
        LocalDate toDay = p.date("to", to);
        p.period("from", fromDay, toDay);
        int pageNo = p.integer("page", page, 0, 0, 1_000_000);
        int pageSize = p.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        p.check();
        ScreeningViewer viewer;
        try {
            viewer = ScreeningViewer.of(user);
        } catch (ForbiddenException e) {
            throw new ForbiddenException("排查发现仅供市局基层科、司法所（本辖区）和系统管理员查看");
        }
        if (townUnit != null && !viewer.sees(townUnit.code())) {
            throw new ForbiddenException("无权查看该镇（街道）的排查发现");
        }
        Set<String> towns = viewer.allTowns() ? null : viewer.towns();
        ScreeningFindingLedger.Query query = new ScreeningFindingLedger.Query(townUnit == null ? null : townUnit.code(),
                categoryCode, handlingCode, outcomeCode, kindCode, fromDay, toDay, towns);
        if (!xlsx) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Page(findings.count(query),
                    pageNo, pageSize, findings.page(query, pageNo, pageSize)));
        }
        LocalDate today = CaseTime.today();
        XlsxTable table = ScreeningFindingLedger.table()
                .filter("查看范围", towns == null ? "全市" : String.join("、", towns.stream().sorted().map(this::townName)
                        .toList()))
                .filter("镇（街道）", townUnit == null ? null : townUnit.name())
                .filter("纠纷类型", categoryCode == null ? null : categoryCode.label())
                .filter("处理方式", handlingCode == null ? null : handlingCode.label())
                .filter("处理结果", outcomeCode == null ? null : ScreeningFindingLedger.OUTCOME_LABELS.get(outcomeCode))
                .filter("排查类型", kindCode == null ? null : kindCode.label())
                .filter("排查日期", XlsxTable.period(fromDay, toDay));
        SpreadsheetDownload.send(response, ScreeningFindingLedger.SHEET + "-" + today + ".xlsx",
                "screening-findings-" + today + ".xlsx", table, sink -> findings.stream(query, r -> {
                    sink.row(ScreeningFindingLedger.cells(r));
                    sink.count("处理方式", r.handlingName());
                    sink.count("处理结果", r.outcomeName());
                    sink.count("纠纷类型", r.categoryName());
                    sink.count("镇（街道）", r.townName());
                }));
        return null;
    }

    private String townName(String code) {
        return registry.findUnit(code).map(OrgUnit::name).orElse(code);
    }
}
