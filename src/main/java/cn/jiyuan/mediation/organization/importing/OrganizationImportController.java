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

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.UserText;

/**
 * The administrator's import endpoint: {@code POST /api/admin/organization/import} with one or more
 * multipart parts named {@code file} (CSV tables and/or an XLSX workbook), imported as one unit.
 */
@RestController
@RequestMapping("/api/admin/organization")
public class OrganizationImportController {

    static final int MAX_FILE_NAME = 200;

    private final OrganizationImportService importService;

    public OrganizationImportController(OrganizationImportService importService) {
        this.importService = importService;
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    public ImportResult importFiles(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                    @RequestParam("file") List<MultipartFile> files) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("只有系统管理员可以导入组织机构名录");
        }
        for (MultipartFile f : files) {
            String name = f.getOriginalFilename();
            String problem = name == null || name.isBlank() ? "上传的文件须有文件名（.csv 或 .xlsx）"
                    : name.length() > MAX_FILE_NAME ? "文件名不能超过" + MAX_FILE_NAME + "个字符"
                    : UserText.problem(name, false);
            if (problem != null) {
                // the name is quoted back in every problem of the file: it must be plain text
                throw new InvalidRequestException(List.of(new FieldError("file", "文件名有误：" + problem)));
            }
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
        ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST,
                "导入被整体拒绝，未做任何修改：共" + e.problems().size() + "处问题，见 errors（文件、行、列、原因）");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
