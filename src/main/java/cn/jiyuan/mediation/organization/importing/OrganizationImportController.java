package cn.jiyuan.mediation.organization.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;

/**
 * The administrator's import endpoint: {@code POST /api/admin/organization/import} with one or more
 * multipart parts named {@code file} (CSV tables and/or an XLSX workbook), imported as one unit.
 */
@RestController
@RequestMapping("/api/admin/organization")
public class OrganizationImportController {

    private final OrganizationImportService importService;

    public OrganizationImportController(OrganizationImportService importService) {
        this.importService = importService;
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    public ImportResult importFiles(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                    @RequestParam("file") List<MultipartFile> files) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("only administrators (group camunda-admin) may import the organization");
        }
        List<ImportSource> sources = files.stream().map(f -> {
            try {
                return new ImportSource(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        return importService.importFiles(sources);
    }

    @ExceptionHandler(OrganizationImportException.class)
    public ProblemDetail rejected(OrganizationImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The import was rejected as a whole and nothing was changed: " + e.problems().size()
                        + " problem(s).");
        problem.setTitle("Invalid organization import");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
