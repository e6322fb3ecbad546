package cn.jiyuan.mediation.provincial;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.web.QueryParameters;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The provincial export (应录尽录, notice 四(三)): every case concluded in a month, in the fields and codes of the
 * people's-mediation statistics report, for the province's information system (docs/provincial-export.md).
 * <ul>
 * <li>{@code GET /api/exports/provincial?month=YYYY-MM&format=xlsx|csv} — the file (Excel by default; a CSV also for
 * {@code Accept: text/csv}).</li>
 * <li>{@code GET /api/exports/provincial/check?month=YYYY-MM} — the cases of the same export that lack a required
 * field, with the reasons in Chinese ({@link ExportCheck}).</li>
 * </ul>
 * The grassroots section and the city centre export the city, a justice office its town, anyone else gets 403
 * ({@link ExportScope}). A bad month or format answers 400 naming the parameter.
 */
@RestController
public class ProvincialExportController {

    private final ProvincialExport export;
    private final ProvincialWorkbook workbook;
    private final ProvincialCsv csv;
    private final OrganizationRepository registry;

    ProvincialExportController(ProvincialExport export, ProvincialWorkbook workbook, ProvincialCsv csv,
                               OrganizationRepository registry) {
        this.export = export;
        this.workbook = workbook;
        this.csv = csv;
        this.registry = registry;
    }

    /** No {@code produces}: an Accept of text/csv or of the xlsx type must reach this method rather than get 406. */
    @GetMapping("/api/exports/provincial")
    public void download(@RequestParam(required = false) String month, @RequestParam(required = false) String format,
                         @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                         @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                         HttpServletResponse response) throws IOException {
        QueryParameters parameters = new QueryParameters();
        ReportMonth reportMonth = ReportMonth.read(month, CaseTime.today(), parameters);
        ExportFormat file = ExportFormat.read(format, accept, parameters);
        parameters.check();
        ExportScope scope = ExportScope.of(user, registry);
        if (file == ExportFormat.CSV) {
            csv.send(response, scope, reportMonth);
        } else {
            workbook.send(response, scope, reportMonth);
        }
    }

    @GetMapping(path = "/api/exports/provincial/check", produces = MediaType.APPLICATION_JSON_VALUE)
    public ExportCheck check(@RequestParam(required = false) String month,
                             @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        QueryParameters parameters = new QueryParameters();
        ReportMonth reportMonth = ReportMonth.read(month, CaseTime.today(), parameters);
        parameters.check();
        return export.check(ExportScope.of(user, registry), reportMonth);
    }
}
