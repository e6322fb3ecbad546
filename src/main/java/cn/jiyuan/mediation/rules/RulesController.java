package cn.jiyuan.mediation.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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

import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.ApiJson;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.platform.UserText;
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

    static final int MAX_REASON = 500;
    static final int MAX_FILE_NAME = 200;

    private final RuleVersions versions;
    private final AuthorizationService authorizations;
    private final SystemAuthority system;
    private final ApiJson json;

    public RulesController(RuleVersions versions, AuthorizationService authorizations, SystemAuthority system,
                           ApiJson json) {
        this.versions = versions;
        this.authorizations = authorizations;
        this.system = system;
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
        List<RuleSetView> readable = new ArrayList<>();
        for (RuleSet set : RuleSet.values()) {
            if (mayRead(user, set)) {
                readable.add(versions.view(set));
            }
        }
        if (readable.isEmpty()) {
            throw new ForbiddenException("您没有查看规则的权限");
        }
        return Map.of("ruleSets", readable);
    }

    @GetMapping("/{ruleSet}")
    public RuleSetView one(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                           @PathVariable("ruleSet") String code) {
        return versions.view(readable(user, code));
    }

    @GetMapping("/{ruleSet}/versions/{version}/dmn")
    public ResponseEntity<byte[]> dmn(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                      @PathVariable("ruleSet") String code, @PathVariable("version") String version) {
        RuleSet set = readable(user, code);
        int n = version(version);
        byte[] xml = versions.dmn(set, n).orElseThrow(() -> new NotFoundException(set.label() + "规则没有第" + n + "版"));
        return download(xml, MediaType.APPLICATION_XML, set.code() + "-v" + n + ".dmn", set.label() + "规则第" + n + "版.dmn");
    }

    @GetMapping("/{ruleSet}/versions/{version}/examples")
    public ResponseEntity<byte[]> uploadedExamples(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                   @PathVariable("ruleSet") String code,
                                                   @PathVariable("version") String version) {
        RuleSet set = readable(user, code);
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
        RuleSet set = readable(user, code);
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
        requireEditor(user); // before anything of the request is looked at: others get 403 whatever they send
        FieldErrors errors = new FieldErrors();
        RuleSet set = ruleSet(ruleSet, errors);
        byte[] xml = dmnFile(file, errors);
        byte[] csv = examplesFile(examples, errors);
        String why = reason(reason, errors);
        Integer based = null;
        if (basedOn != null && !basedOn.isBlank()) {
            based = parseVersion(basedOn.strip());
            if (based == null) {
                errors.add("basedOnVersion", "应为版本号（正整数）");
            }
        }
        errors.throwIfAny();
        RuleVersionView deployed = versions.upload(set, xml, fileName(file), csv, why, user.userId(), based);
        return created(set, deployed);
    }

    @PostMapping(path = "/test", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Passed test(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                       @RequestParam(value = "ruleSet", required = false) String ruleSet,
                       @RequestParam(value = "file", required = false) MultipartFile file,
                       @RequestParam(value = "examples", required = false) MultipartFile examples) {
        requireEditor(user);
        FieldErrors errors = new FieldErrors();
        RuleSet set = ruleSet(ruleSet, errors);
        byte[] xml = dmnFile(file, errors);
        byte[] csv = examplesFile(examples, errors);
        errors.throwIfAny();
        TestReport report = versions.test(set, xml, csv);
        return new Passed(set.code(), set.label(), "测试通过：" + report.examples() + "个样例（项目样例" + report.projectExamples()
                + "个，上传的样例" + report.uploadedExamples() + "个）全部符合期望，每条规则都有样例命中；尚未部署",
                report.projectExamples(), report.uploadedExamples());
    }

    @PostMapping(path = "/{ruleSet}/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Deployed> rollback(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                             @PathVariable("ruleSet") String code,
                                             @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        requireEditor(user);
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
        ProblemDetail problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("problems", e.problems());
        TestReport report = e.report();
        if (report != null) {
            problem.setProperty("failures", report.failures());
            problem.setProperty("uncovered", report.uncovered());
            problem.setProperty("projectExamples", report.projectExamples());
            problem.setProperty("uploadedExamples", report.uploadedExamples());
        }
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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

    private static void requireEditor(AuthenticatedUser user) {
        if (!user.isAdministrator() && !user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            throw new ForbiddenException("只有市局基层科和系统管理员可以修改规则");
        }
    }

    /** Reading follows the engine's grants on the decisions: whoever may read them in Cockpit. */
    private boolean mayRead(AuthenticatedUser user, RuleSet set) {
        return user.isAdministrator() || system.call(() -> authorizations.isUserAuthorized(user.userId(), user.groupIds(),
                Permissions.READ, Resources.DECISION_DEFINITION, set.mainDecision()));
    }

    private RuleSet readable(AuthenticatedUser user, String code) {
        RuleSet set = RuleSet.of(code).orElseThrow(() -> new NotFoundException("没有这个规则：只有" + RuleSet.choices()));
        if (!mayRead(user, set)) {
            throw new ForbiddenException("您没有查看" + set.label() + "规则的权限");
        }
        return set;
    }

    private static RuleSet ruleSet(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("ruleSet", "请选择要修改的规则：" + RuleSet.choices());
            return null;
        }
        RuleSet set = RuleSet.of(code.strip()).orElse(null);
        if (set == null) {
            errors.add("ruleSet", "只能是 " + RuleSet.choices());
        }
        return set;
    }

    private static byte[] dmnFile(MultipartFile file, FieldErrors errors) {
        if (file == null || file.isEmpty()) {
            errors.add("file", "请上传规则文件（.dmn）");
            return null;
        }
        String name = file.getOriginalFilename();
        String problem = name == null || name.isBlank() ? "上传的文件须有文件名（.dmn）"
                : name.length() > MAX_FILE_NAME ? "文件名不能超过" + MAX_FILE_NAME + "个字符"
                : UserText.problem(name, false);
        if (problem != null) {
            errors.add("file", "文件名有误：" + problem);
            return null;
        }
        if (file.getSize() > RuleFileCheck.MAX_BYTES) {
            errors.add("file", "规则文件不能超过1MB");
            return null;
        }
        return bytes(file);
    }

    private static byte[] examplesFile(MultipartFile file, FieldErrors errors) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > RuleFileCheck.MAX_BYTES) {
            errors.add("examples", "样例表不能超过1MB");
            return null;
        }
        return bytes(file);
    }

    private static String reason(String reason, FieldErrors errors) {
        String text = Requests.text(reason);
        if (text == null) {
            errors.add("reason", "请填写修改的原因");
        } else if (text.length() > MAX_REASON) {
            errors.add("reason", "不能超过" + MAX_REASON + "个字符");
        } else if (UserText.problem(text, true) != null) {
            errors.add("reason", UserText.problem(text, true));
        }
        return text;
    }

    private static String fileName(MultipartFile file) {
        return file.getOriginalFilename().replaceAll("^.*[/\\\\]", "");
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(String text) {
        Integer n = parseVersion(text);
        if (n == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "应为版本号（正整数）")));
        }
        return n;
    }

    private static Integer parseVersion(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,6}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static ResponseEntity<Deployed> created(RuleSet set, RuleVersionView version) {
        String message = set.label() + "规则第" + version.version() + "版已部署" + (version.restoredVersion() == null ? ""
                : "（即第" + version.restoredVersion() + "版的内容）") + "，此后受理的案件按此版本" + (set == RuleSet.TRIAGE ? "分流" : "研判");
        return ResponseEntity.created(URI.create("/api/rules/" + set.code()))
                .body(new Deployed(set.code(), set.label(), message, version));
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
