package cn.jiyuan.mediation.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import cn.jiyuan.mediation.platform.ApiJson;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;

/**
 * The rules supervisors may change (docs/domain.md section 8, README "规则管理"):
 * <ul>
 * <li>{@code GET /api/rules}: every rule set with its current version and all versions (who, when, why);</li>
 * <li>{@code GET /api/rules/{ruleSet}}: one of them; {@code GET /api/rules/{ruleSet}/versions/{n}/dmn} a version's
 * file, {@code …/versions/{n}/examples} the examples uploaded with it, {@code GET /api/rules/{ruleSet}/examples} the
 * project's examples table;</li>
 * <li>{@code POST /api/rules} (multipart/form-data: {@code ruleSet}, {@code file} the DMN file, {@code reason},
 * optional {@code examples} a CSV table of the supervisor's own examples and {@code basedOnVersion}): a new version,
 * deployed only when it passes its checks and tests (201), else refused with 422 naming every failing example;</li>
 * <li>{@code POST /api/rules/test} (the same parts but {@code reason}): the checks and tests alone, nothing
 * deployed;</li>
 * <li>{@code POST /api/rules/{ruleSet}/rollback} with {@code {reason, toVersion?}}: the previous (or the given)
 * version's file deployed again as the newest version, after the same tests.</li>
 * </ul>
 * Reading is for whoever may read the decisions in Cockpit (the engine's grants: justice offices, the grassroots
 * section, the city centre, administrators); changes are for the grassroots section (市局基层科) and administrators.
 */
@RestController
@RequestMapping("/api/rules")
public class RulesController {

    private final RuleVersions versions;
    private final RuleAccess access;
    private final ApiJson json;

    public RulesController(RuleVersions versions, RuleAccess access, ApiJson json) {
        this.versions = versions;
        this.access = access;
        this.json = json;
    }

    /** The answer of a deployment. */
    public record Deployed(String ruleSet, String name, String message, RuleVersionView version) {
    }

    /** The answer of a test run that passed. */
    public record Passed(String ruleSet, String name, String message, int projectExamples, int uploadedExamples) {
    }

    // ------------------------------------------------------------------ reading

    @GetMapping
    public Map<String, List<RuleSetView>> list(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        return Map.of("ruleSets", readable(access, versions, user));
    }

    /** The rule sets the user may read, as listed here and on the Cockpit page; 403 when there is none. */
    static List<RuleSetView> readable(RuleAccess access, RuleVersions versions, AuthenticatedUser user) {
        List<RuleSetView> readable = new ArrayList<>();
        for (RuleSet set : RuleSet.values()) {
            if (access.mayRead(user, set)) {
                readable.add(versions.view(set));
            }
        }
        if (readable.isEmpty()) {
            throw new ForbiddenException("您没有查看规则的权限");
        }
        return readable;
    }

    @GetMapping("/{ruleSet}")
    public RuleSetView one(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                           @PathVariable("ruleSet") String code) {
        return versions.view(access.readable(user, code));
    }

    @GetMapping("/{ruleSet}/versions/{version}/dmn")
    public ResponseEntity<byte[]> dmn(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                      @PathVariable("ruleSet") String code, @PathVariable("version") String version) {
        RuleSet set = access.readable(user, code);
        int n = version(version);
        byte[] xml = versions.dmn(set, n).orElseThrow(() -> new NotFoundException(set.label() + "规则没有第" + n + "版"));
        return download(xml, MediaType.APPLICATION_XML, set.code() + "-v" + n + ".dmn", set.label() + "规则第" + n + "版.dmn");
    }

    @GetMapping("/{ruleSet}/versions/{version}/examples")
    public ResponseEntity<byte[]> uploadedExamples(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                   @PathVariable("ruleSet") String code,
                                                   @PathVariable("version") String version) {
        RuleSet set = access.readable(user, code);
        int n = version(version);
        byte[] csv = versions.uploadedExamples(set, n).orElse(null);
        if (csv == null) {
            throw new NotFoundException(set.label() + "规则第" + n + "版没有上传的样例");
        }
        return download(csv, csv(), set.code() + "-v" + n + "-examples.csv", set.label() + "规则第" + n + "版样例.csv");
    }

    @GetMapping("/{ruleSet}/examples")
    public ResponseEntity<byte[]> projectExamples(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                  @PathVariable("ruleSet") String code) {
        RuleSet set = access.readable(user, code);
        return download(versions.projectExamplesCsv(set), csv(), set.code() + "-examples.csv",
                set.label() + "规则项目样例.csv");
    }

    // ------------------------------------------------------------------ changing

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Deployed> upload(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                           @RequestParam(value = "ruleSet", required = false) String ruleSet,
                                           @RequestParam(value = "file", required = false) MultipartFile file,
                                           @RequestParam(value = "examples", required = false) MultipartFile examples,
                                           @RequestParam(value = "reason", required = false) String reason,
                                           @RequestParam(value = "basedOnVersion", required = false) String basedOn) {
        access.requireEditor(user); // before anything of the request is looked at: others get 403 whatever they send
        FieldErrors errors = new FieldErrors();
        RuleRequests.NewVersion upload = upload(ruleSet, file, examples, errors);
        String why = RuleRequests.reason(reason, "请填写修改的原因", errors);
        Integer based = RuleRequests.optionalVersion(basedOn, "basedOnVersion", errors);
        errors.throwIfAny();
        RuleVersionView deployed = versions.upload(upload.set(), upload.dmn(), upload.fileName(), upload.examples(), why,
                user.userId(), based);
        return created(upload.set(), deployed);
    }

    @PostMapping(path = "/test", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Passed test(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                       @RequestParam(value = "ruleSet", required = false) String ruleSet,
                       @RequestParam(value = "file", required = false) MultipartFile file,
                       @RequestParam(value = "examples", required = false) MultipartFile examples) {
        access.requireEditor(user);
        FieldErrors errors = new FieldErrors();
        RuleRequests.NewVersion upload = upload(ruleSet, file, examples, errors);
        errors.throwIfAny();
        return passed(upload.set(), versions.test(upload.set(), upload.dmn(), upload.examples()));
    }

    @PostMapping(path = "/{ruleSet}/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Deployed> rollback(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                             @PathVariable("ruleSet") String code,
                                             @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        access.requireEditor(user);
        RuleSet set = RuleSet.of(code).orElseThrow(() -> new NotFoundException("没有这个规则：只有" + RuleSet.choices()));
        ApiJson.requireUtf8(MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE)));
        JsonNode tree = json.readTree(body);
        RollbackRequest rollback = Requests.read(tree == null || tree.isNull() ? JsonNodeFactory.instance.objectNode()
                : tree, RollbackRequest.class);
        Integer to = rollback.toVersion() == null ? null : rollback.toVersion().intValueExact();
        return created(set, versions.rollback(set, to, rollback.reason(), user.userId()));
    }

    // ------------------------------------------------------------------ refusals

    @ExceptionHandler(RuleRefusedException.class)
    public ResponseEntity<ProblemDetail> refused(RuleRefusedException e) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(e));
    }

    /** A refused version as a problem: what was checked, which examples failed, which rules no example reached. */
    static ProblemDetail problem(RuleRefusedException e) {
        ProblemDetail problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("problems", e.problems());
        TestReport report = e.report();
        if (report != null) {
            problem.setProperty("failures", report.failures());
            problem.setProperty("uncovered", report.uncovered());
            problem.setProperty("projectExamples", report.projectExamples());
            problem.setProperty("uploadedExamples", report.uploadedExamples());
        }
        return problem;
    }

    @ExceptionHandler(ExamplesFormatException.class)
    public ProblemDetail badExamples(ExamplesFormatException e) {
        return ApiProblems.invalid(e.problems().stream().map(p -> new FieldError("examples", "样例表有误：" + p)).toList());
    }

    @ExceptionHandler(RuleConflictException.class)
    public ResponseEntity<ProblemDetail> conflict(RuleConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.of(HttpStatus.CONFLICT, e.getMessage()));
    }

    // ------------------------------------------------------------------ helpers

    /** The rule set and the uploaded files of a new version, checked as the Cockpit page's are. */
    private static RuleRequests.NewVersion upload(String ruleSet, MultipartFile file, MultipartFile examples,
                                                  FieldErrors errors) {
        return RuleRequests.upload(ruleSet, file == null ? null : file.getOriginalFilename(), () -> bytes(file),
                () -> bytes(examples), errors);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(String text) {
        Integer n = RuleRequests.version(text);
        if (n == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "应为版本号（正整数）")));
        }
        return n;
    }

    private static ResponseEntity<Deployed> created(RuleSet set, RuleVersionView version) {
        return ResponseEntity.created(URI.create("/api/rules/" + set.code())).body(deployed(set, version));
    }

    static Deployed deployed(RuleSet set, RuleVersionView version) {
        String message = set.label() + "规则第" + version.version() + "版已部署" + (version.restoredVersion() == null ? ""
                : "（即第" + version.restoredVersion() + "版的内容）") + "，此后受理的案件按此版本" + (set == RuleSet.TRIAGE ? "分流" : "研判");
        return new Deployed(set.code(), set.label(), message, version);
    }

    static Passed passed(RuleSet set, TestReport report) {
        return new Passed(set.code(), set.label(), "测试通过：" + report.examples() + "个样例（项目样例" + report.projectExamples()
                + "个，上传的样例" + report.uploadedExamples() + "个）全部符合期望，每条规则都有样例命中；尚未部署",
                report.projectExamples(), report.uploadedExamples());
    }

    private static MediaType csv() {
        return new MediaType("text", "csv", StandardCharsets.UTF_8);
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String asciiName, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, SpreadsheetDownload.contentDisposition(name, asciiName))
                .body(content);
    }
}
