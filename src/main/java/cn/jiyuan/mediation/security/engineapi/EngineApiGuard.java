package cn.jiyuan.mediation.security.engineapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.forms.FormDefinition;
import cn.jiyuan.mediation.forms.options.FormOption;
import cn.jiyuan.mediation.forms.options.FormOptions;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.DatabaseFailures;
import cn.jiyuan.mediation.platform.WebappSessionUser;
import cn.jiyuan.mediation.platform.web.ReplayedBodyRequest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stands in front of the engine's REST API on both ways in ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}): applies {@link EngineApiPolicy}, checks every task completion and process start
 * against its form ({@link SubmissionCheck}), refuses the start of processes only the platform starts, and adds
 * to a form's variables the values kept out of the engine ({@link VirtualFormFields}). It gives a form the option
 * lists of its fields as the user may pick from them ({@link FormOptions}: among its variables, and written into
 * the form schema, since Tasklist loads no variables for a start form) and refuses a submitted value outside them.
 * Refusals are answered in Chinese as application/problem+json (with a {@code message} as the webapps show it).
 */
public class EngineApiGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_BODY = 1024 * 1024;
    /** Request attribute: the form a task completion or process start was checked against. */
    private static final String SUBMITTED_FORM = EngineApiGuard.class.getName() + ".form";
    private static final java.util.regex.Pattern TASK_WORK =
            java.util.regex.Pattern.compile("^task/([^/]+)/(claim|unclaim|complete|submit-form|resolve)$");
    private static final java.util.regex.Pattern DEPLOYED_FORM = java.util.regex.Pattern.compile(
            "^(?:task/[^/]+/deployed-form|process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)"
                    + "/deployed-start-form)$");

    private final IdentityService identity;
    private final FormCatalog forms;
    private final TaskForms taskForms;
    private final List<VirtualFormFields> virtualFields;
    private final FormOptions options;

    public EngineApiGuard(IdentityService identity, FormCatalog forms, TaskForms taskForms,
                          List<VirtualFormFields> virtualFields, FormOptions options) {
        this.identity = identity;
        this.forms = forms;
        this.taskForms = taskForms;
        this.virtualFields = List.copyOf(virtualFields);
        this.options = options;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineApiRequest> parsed = EngineApiRequest.of(request);
        Authentication user = parsed.isEmpty() ? null : user(request, parsed.get());
        if (parsed.isEmpty() || user == null || user.getUserId() == null) {
            // not an engine call, or not authenticated: the engine API itself refuses anonymous calls
            chain.doFilter(request, response);
            return;
        }
        EngineApiRequest r = parsed.get();
        boolean admin = user.getGroupIds() != null && user.getGroupIds().contains(AuthenticatedUser.ADMIN_GROUP);
        if (overridesMethod(request)) {
            refuse(response, 403, "不支持改写请求方法");
            return;
        }
        EngineApiPolicy.Decision decision = EngineApiPolicy.decide(r, user.getUserId(), admin);
        if (!decision.allowed()) {
            log.info("Engine API refused for {}: {} {} ({})", user.getUserId(), r.method(), r.path(), decision.reason());
            refuse(response, decision.status(), decision.reason());
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            guarded(request, answer, chain, r, user, admin);
            if (answer.getStatus() >= 400 && !answer.isCommitted() && isEngineError(answer)) {
                EngineErrors.Translation t = lateForTask(r, EngineErrors.translate(answer.getStatus(),
                        answer.getContentAsByteArray()));
                if (t.status() == 400 && request.getAttribute(SUBMITTED_FORM) instanceof FormDefinition form) {
                    t = aboutField(t, form);
                }
                answer.resetBuffer();
                answer.setStatus(t.status());
                if (t.status() == 503) {
                    answer.setHeader("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
                }
                answer.setContentType("application/problem+json");
                answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
                answer.getOutputStream().write(EngineErrors.body(t));
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    private void guarded(HttpServletRequest request, ContentCachingResponseWrapper response, FilterChain chain,
                         EngineApiRequest r, Authentication user, boolean admin) throws IOException, ServletException {
        Matcher start = EngineApiPolicy.START.matcher(r.path());
        if (!r.isRead() && start.matches()) {
            startProcess(request, response, chain, r, start, user, admin);
            return;
        }
        Matcher submission = EngineApiPolicy.TASK_SUBMISSION.matcher(r.path());
        if (!r.isRead() && submission.matches()) {
            completeTask(request, response, chain, submission.group(1), user, admin);
            return;
        }
        Matcher formVariables = EngineApiPolicy.FORM_VARIABLES.matcher(r.path());
        chain.doFilter(request, response);
        if (!r.method().equals("GET") || response.getStatus() != 200) {
            return;
        }
        if (formVariables.matches() && formVariables.group(1).equals("task") && formVariables.group(3) != null) {
            addVirtualFields(request, response, formVariables.group(3), user);
        } else if (formVariables.matches()) {
            addStartOptions(request, response, formVariables.group(2), formVariables.group(3), user);
        } else if (DEPLOYED_FORM.matcher(r.path()).matches()) {
            inlineOptions(response, user);
        }
    }

    private static List<String> groups(Authentication user) {
        return user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }

    /** The option lists of a start form, added to its variables (for clients that read them). */
    private void addStartOptions(HttpServletRequest request, ContentCachingResponseWrapper response, String key,
                                 String id, Authentication user) throws IOException {
        Optional<FormDefinition> form = taskForms.definition(key, id)
                .flatMap(d -> forms.find(taskForms.startForm(d)));
        byte[] answer = response.getContentAsByteArray();
        if (form.isEmpty() || answer.length == 0 || !(JSON.readTree(answer) instanceof ObjectNode variables)) {
            return;
        }
        Map<String, List<FormOption>> lists = options.of(form.get(), groups(user));
        if (lists.isEmpty()) {
            return;
        }
        options.addTo(variables, form.get(), lists, wanted(request.getParameter("variableNames")));
        response.resetBuffer();
        response.getOutputStream().write(JSON.writeValueAsBytes(variables));
    }

    /** The form schema with the option lists written into it, as the user may pick from them. */
    private void inlineOptions(ContentCachingResponseWrapper response, Authentication user) throws IOException {
        byte[] answer = response.getContentAsByteArray();
        JsonNode schema;
        try {
            schema = answer.length == 0 ? null : JSON.readTree(answer);
        } catch (IOException e) {
            return; // not a Camunda Form (an embedded or external form is not ours to change)
        }
        Optional<FormDefinition> form = schema == null ? Optional.empty() : forms.find(schema.path("id").asText(null));
        if (form.isEmpty()) {
            return;
        }
        Map<String, List<FormOption>> lists = options.of(form.get(), groups(user));
        if (lists.isEmpty()) {
            return;
        }
        response.resetBuffer();
        response.getOutputStream().write(JSON.writeValueAsBytes(options.inline(schema, lists)));
    }

    private static List<String> wanted(String variableNames) {
        return variableNames == null || variableNames.isBlank() ? null : List.of(variableNames.split(","));
    }

    /**
     * A claim or completion that failed because the task is gone meanwhile: the loser of a race (the winner's
     * commit came between the guard's look and the engine's), answered like any lost race.
     */
    private EngineErrors.Translation lateForTask(EngineApiRequest r, EngineErrors.Translation t) {
        Matcher work = TASK_WORK.matcher(r.path());
        if (r.isRead() || t.status() == 409 || t.status() == 503 || t.status() == 400 || !work.matches()
                || !taskForms.wasCompleted(work.group(1))) {
            return t;
        }
        return new EngineErrors.Translation(409, null, DatabaseFailures.TASK_RACE_MESSAGE);
    }

    /**
     * Names the field of the submitted form a rule's message concerns: the one the rule named, or else the one
     * whose label the message names ("履行期限不能早于今天" is about 履行期限).
     */
    static EngineErrors.Translation aboutField(EngineErrors.Translation t, FormDefinition form) {
        if (t.field() != null) {
            return t.about(t.field(), form.componentId(t.field()).orElse(t.field()));
        }
        return form.fieldNamedIn(t.message()).map(f -> t.about(f.key(), f.id())).orElse(t);
    }

    /** The engine's own error JSON (our refusals are problem+json already and need no translation). */
    private static boolean isEngineError(ContentCachingResponseWrapper answer) {
        String type = answer.getContentType();
        return type == null || !type.startsWith("application/problem+json");
    }

    /** HTTP Basic has put the user on the engine already; a webapp request carries it in its session. */
    private Authentication user(HttpServletRequest request, EngineApiRequest r) {
        if (r.webapp()) {
            return WebappSessionUser.of(request).orElse(null);
        }
        return identity.getCurrentAuthentication();
    }

    private void startProcess(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                              EngineApiRequest r, Matcher start, Authentication user, boolean admin)
            throws IOException, ServletException {
        Optional<ProcessDefinition> definition = taskForms.definition(start.group(1), start.group(2));
        if (definition.isEmpty()) {
            refuse(response, 404, "没有这个流程");
            return;
        }
        if (EngineApiPolicy.PLATFORM_ONLY.contains(definition.get().getKey())) {
            log.info("Engine API refused: start of {} through {}", definition.get().getKey(), r.path());
            refuse(response, 403, "该流程只能由平台自动发起，不能手工启动");
            return;
        }
        FormDefinition form = forms.find(taskForms.startForm(definition.get())).orElse(null);
        checked(request, response, chain, form, true, user, admin);
    }

    private void completeTask(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                              String taskId, Authentication user, boolean admin) throws IOException, ServletException {
        Optional<VirtualFormFields.TaskView> task = taskForms.task(taskId);
        if (task.isEmpty()) {
            if (taskForms.wasCompleted(taskId)) {
                // the loser of a race to complete the task arrives after the winner's commit
                refuse(response, 409, DatabaseFailures.TASK_RACE_MESSAGE);
            } else {
                refuse(response, 404, "任务不存在或已被他人办理，请刷新任务列表");
            }
            return;
        }
        FormDefinition form = forms.find(task.get().formId()).orElse(null);
        checked(request, response, chain, form, false, user, admin);
    }

    private void checked(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                         FormDefinition form, boolean start, Authentication user, boolean admin)
            throws IOException, ServletException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, 413, "提交的内容过大");
            return;
        }
        SubmissionCheck.Result result = SubmissionCheck.check(body, form, start, admin, options.keys());
        if (form != null) {
            request.setAttribute(SUBMITTED_FORM, form);
        }
        if (result.refused()) {
            refuse(response, 400, result.refusal());
            return;
        }
        byte[] checked = result.body();
        Map<String, List<FormOption>> lists = options.of(form, groups(user));
        if (!lists.isEmpty()) {
            ObjectNode submission = checked.length == 0 ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(checked);
            ObjectNode variables = submission.get("variables") instanceof ObjectNode v ? v
                    : submission.putObject("variables");
            Optional<String> refusal = options.check(form, variables, lists, start);
            if (refusal.isPresent()) {
                refuse(response, 400, refusal.get());
                return;
            }
            checked = JSON.writeValueAsBytes(submission);
        }
        chain.doFilter(new ReplayedBodyRequest(request, checked), response);
    }

    /** Adds the virtual fields of the task's form to the engine's answer. */
    private void addVirtualFields(HttpServletRequest request, ContentCachingResponseWrapper response, String taskId,
                                  Authentication user) throws IOException {
        byte[] answer = response.getContentAsByteArray();
        Optional<VirtualFormFields.TaskView> task = taskForms.task(taskId);
        Optional<FormDefinition> form = task.flatMap(t -> forms.find(t.formId()));
        if (answer.length > 0 && task.isPresent() && form.isPresent()) {
            answer = withVirtualFields(answer, task.get(), form.get(), request.getParameter("variableNames"), user);
            response.resetBuffer();
            response.getOutputStream().write(answer);
        }
    }

    private byte[] withVirtualFields(byte[] answer, VirtualFormFields.TaskView task, FormDefinition form,
                                     String variableNames, Authentication user) throws IOException {
        JsonNode root = JSON.readTree(answer);
        if (!(root instanceof ObjectNode variables)) {
            return answer;
        }
        List<String> wanted = wanted(variableNames);
        for (VirtualFormFields provider : virtualFields) {
            if (provider.keys().stream().noneMatch(k -> form.field(k).isPresent())) {
                continue;
            }
            for (Map.Entry<String, String> value : provider.values(task, user).entrySet()) {
                if (form.field(value.getKey()).isEmpty() || (wanted != null && !wanted.contains(value.getKey()))) {
                    continue;
                }
                ObjectNode variable = variables.putObject(value.getKey());
                variable.put("type", "String");
                variable.put("value", value.getValue());
                variable.putObject("valueInfo");
            }
            for (Map.Entry<String, JsonNode> value : provider.jsonValues(task, user).entrySet()) {
                if (form.field(value.getKey()).isEmpty() || (wanted != null && !wanted.contains(value.getKey()))) {
                    continue;
                }
                ObjectNode variable = variables.putObject(value.getKey());
                variable.put("type", "Json");
                variable.put("value", value.getValue().toString());
                variable.putObject("valueInfo");
            }
        }
        Map<String, List<FormOption>> lists = options.of(form, groups(user));
        if (!lists.isEmpty()) {
            options.addTo(variables, form, lists, wanted);
        }
        return JSON.writeValueAsBytes(variables);
    }

    private static boolean overridesMethod(HttpServletRequest request) {
        return request.getHeader("X-HTTP-Method-Override") != null || request.getHeader("X-HTTP-Method") != null
                || request.getHeader("X-Method-Override") != null;
    }

    static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", EngineErrors.title(status));
        problem.put("status", status);
        problem.put("detail", reason);
        // the webapps show "message" of an engine error
        problem.put("message", reason);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
