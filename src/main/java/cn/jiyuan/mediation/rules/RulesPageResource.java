package cn.jiyuan.mediation.rules;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The 规则管理 page's data, for the user logged in to Cockpit (401 请先登录 without one), with the same rights and
 * checks as {@code /api/rules} ({@link RuleAccess}, {@link RuleVersions}):
 * <ul>
 * <li>{@code GET …/rule-sets}: {@code {mayEdit, ruleSets}} as {@code GET /api/rules} lists them;</li>
 * <li>{@code GET …/rule-sets/{ruleSet}/versions/{n}/dmn}, {@code …/versions/{n}/examples}, {@code …/examples}:
 * downloads;</li>
 * <li>{@code POST …/rule-sets/{ruleSet}/test} and {@code POST …/rule-sets/{ruleSet}/versions} with JSON
 * {@code {fileName, file, examples, reason, basedOnVersion}} (files as base64, read by the page from the
 * chosen files): test only, or test and deploy;</li>
 * <li>{@code POST …/rule-sets/{ruleSet}/rollback} with {@code {reason, toVersion}}.</li>
 * </ul>
 * Answers are JSON with a Chinese {@code message}; a refused version also lists {@code problems}, {@code failures}
 * and {@code uncovered} like the API's 422.
 */
public class RulesPageResource extends AbstractCockpitPluginResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final RuleVersions versions;
    private final RuleAccess access;
    private final ObjectMapper mapper;

    public RulesPageResource(String engineName, RuleVersions versions, RuleAccess access, ObjectMapper mapper) {
        super(engineName);
        this.versions = versions;
        this.access = access;
        this.mapper = mapper;
    }

    /** What the page sends with a new version. */
    public record Upload(String fileName, String file, String examples, String reason, String basedOnVersion) {
    }

    /** What the page sends for a rollback. */
    public record Rollback(String reason, String toVersion) {
    }

    @GET
    @Path("rule-sets")
    @Produces(JSON)
    public Response ruleSets() {
        AuthenticatedUser user = user();
        return answer(() -> {
            List<RuleSetView> readable = RulesController.readable(access, versions, user);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("mayEdit", access.mayEdit(user));
            body.put("ruleSets", readable);
            return Response.ok(write(body), JSON).build();
        });
    }

    @GET
    @Path("rule-sets/{ruleSet}/versions/{version}/dmn")
    public Response dmn(@PathParam("ruleSet") String code, @PathParam("version") String version) {
        AuthenticatedUser user = user();
        return answer(() -> {
            RuleSet set = access.readable(user, code);
            int n = version(version);
            byte[] xml = versions.dmn(set, n).orElseThrow(() -> new NotFoundException(set.label() + "规则没有第" + n + "版"));
            return download(xml, "application/xml", set.code() + "-v" + n + ".dmn", set.label() + "规则第" + n + "版.dmn");
        });
    }

    @GET
    @Path("rule-sets/{ruleSet}/versions/{version}/examples")
    public Response uploadedExamples(@PathParam("ruleSet") String code, @PathParam("version") String version) {
        AuthenticatedUser user = user();
        return answer(() -> {
            RuleSet set = access.readable(user, code);
            int n = version(version);
            byte[] csv = versions.uploadedExamples(set, n).orElse(null);
            if (csv == null) {
                throw new NotFoundException(set.label() + "规则第" + n + "版没有上传的样例");
            }
            return download(csv, "text/csv;charset=UTF-8", set.code() + "-v" + n + "-examples.csv",
                    set.label() + "规则第" + n + "版样例.csv");
        });
    }

    @GET
    @Path("rule-sets/{ruleSet}/examples")
    public Response projectExamples(@PathParam("ruleSet") String code) {
        AuthenticatedUser user = user();
        return answer(() -> {
            RuleSet set = access.readable(user, code);
            return download(versions.projectExamplesCsv(set), "text/csv;charset=UTF-8", set.code() + "-examples.csv",
                    set.label() + "规则项目样例.csv");
        });
    }

    @POST
    @Path("rule-sets/{ruleSet}/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response test(@PathParam("ruleSet") String code, String body) {
        AuthenticatedUser user = user();
        return answer(() -> {
            access.requireEditor(user);
            FieldErrors errors = new FieldErrors();
            RuleRequests.NewVersion upload = upload(code, read(body, Upload.class), errors);
            errors.throwIfAny();
            return Response.ok(write(RulesController.passed(upload.set(), versions.test(upload.set(), upload.dmn(),
                    upload.examples()))), JSON).build();
        });
    }

    @POST
    @Path("rule-sets/{ruleSet}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response deploy(@PathParam("ruleSet") String code, String body) {
        AuthenticatedUser user = user();
        return answer(() -> {
            access.requireEditor(user);
            FieldErrors errors = new FieldErrors();
            Upload sent = read(body, Upload.class);
            RuleRequests.NewVersion upload = upload(code, sent, errors);
            String reason = RuleRequests.reason(sent.reason(), "请填写修改的原因", errors);
            Integer based = RuleRequests.optionalVersion(sent.basedOnVersion(), "basedOnVersion", errors);
            errors.throwIfAny();
            RuleVersionView deployed = versions.upload(upload.set(), upload.dmn(), upload.fileName(), upload.examples(),
                    reason, user.userId(), based);
            return Response.status(Response.Status.CREATED).entity(write(RulesController.deployed(upload.set(), deployed)))
                    .type(JSON).build();
        });
    }

    @POST
    @Path("rule-sets/{ruleSet}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response rollback(@PathParam("ruleSet") String code, String body) {
        AuthenticatedUser user = user();
        return answer(() -> {
            access.requireEditor(user);
            FieldErrors errors = new FieldErrors();
            RuleSet set = RuleRequests.ruleSet(code, errors);
            Rollback rollback = read(body, Rollback.class);
            String reason = RuleRequests.reason(rollback.reason(), "请填写回退的原因", errors);
            Integer to = RuleRequests.optionalVersion(rollback.toVersion(), "toVersion", errors);
            errors.throwIfAny();
            RuleVersionView restored = versions.rollback(set, to, reason, user.userId());
            return Response.status(Response.Status.CREATED).entity(write(RulesController.deployed(set, restored)))
                    .type(JSON).build();
        });
    }

    // ------------------------------------------------------------------ answers

    /** Runs the work and answers its refusals as JSON with a Chinese message, as the page shows them. */
    private Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (InvalidRequestException e) {
            return error(400, "提交的内容有误", Map.of("errors", e.errors()));
        } catch (ForbiddenException e) {
            return error(403, e.getMessage(), Map.of());
        } catch (NotFoundException e) {
            return error(404, e.getMessage(), Map.of());
        } catch (RuleConflictException e) {
            return error(409, e.getMessage(), Map.of());
        } catch (ExamplesFormatException e) {
            return error(400, "上传的样例表有误", Map.of("errors", e.problems().stream()
                    .map(p -> Map.of("field", "examples", "message", "样例表有误：" + p)).toList()));
        } catch (RuleRefusedException e) {
            ProblemDetail problem = RulesController.problem(e);
            Map<String, Object> more = new LinkedHashMap<>(problem.getProperties() == null ? Map.of() : problem.getProperties());
            return error(422, problem.getDetail(), more);
        }
    }

    private Response error(int status, String message, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.putAll(more);
        return Response.status(status).entity(write(body)).type(JSON).build();
    }

    private static Response download(byte[] content, String type, String asciiName, String name) {
        return Response.ok(content, type).header("Content-Disposition", SpreadsheetDownload.contentDisposition(name, asciiName))
                .build();
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            T value = body == null || body.isBlank() ? null : mapper.readValue(body, type);
            if (value == null) {
                throw new InvalidRequestException(List.of(new FieldError(
                        "(body)", "请求体必须是 JSON 对象")));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(new FieldError(
                    "(body)", "格式不正确：请求体须为 JSON 对象，各项为约定的类型")));
        }
    }

    /** The rule set and files of the page's upload, checked as /api/rules checks them (files sent as base64). */
    private static RuleRequests.NewVersion upload(String code, Upload sent, FieldErrors errors) {
        return RuleRequests.upload(code, sent.fileName(), () -> decode(sent.file(), "file", errors),
                () -> decode(sent.examples(), "examples", errors), errors);
    }

    private static byte[] decode(String base64, String field, FieldErrors errors) {
        if (base64 == null || base64.isEmpty()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            errors.add(field, "文件内容无法读取，请重新选择文件");
            return null;
        }
    }

    private static int version(String text) {
        Integer n = RuleRequests.version(text);
        if (n == null) {
            throw new NotFoundException("没有这个版本");
        }
        return n;
    }

    /** The user of the webapp session, as the platform's API knows users. */
    private AuthenticatedUser user() {
        Authentications session = Authentications.getCurrent();
        UserAuthentication user = session != null
                && session.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u ? u : null;
        if (user == null || user.getIdentityId() == null) {
            throw new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity("请先登录").build());
        }
        return new AuthenticatedUser(user.getIdentityId(), user.getGroupIds() == null ? List.of()
                : List.copyOf(user.getGroupIds()));
    }
}
