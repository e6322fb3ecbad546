package cn.jiyuan.mediation.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiyuan.mediation.audit.EngineObject.Kind;

/**
 * Decides, from method, path and query alone, whether a request is recorded, as what, and what it concerns:
 * <ul>
 * <li>{@code /api}: every request about a case ({@code /api/cases/{ref}…}; a document download is DOWNLOAD),
 * the registration {@code POST /api/cases}, and every other write;</li>
 * <li>the engine APIs ({@code /engine-rest/…}, {@code /engine-rest/engine/{name}/…} and the webapps'
 * {@code /camunda/api/engine/engine/{name}/…}): every write, and every read of variables (a task's variables and
 * form variables, a process instance's or execution's variables, variable instances, historic variable
 * instances and details) — the reads that show a case's personal data. Camunda answers some queries to POST
 * ({@code POST /task}, {@code POST /filter/{id}/list}, {@code POST /history/…}); those are reads, and are only
 * recorded when they are variable reads;</li>
 * <li>the case pages of Tasklist's session ({@code /cases/{ref}}, {@code /cases/task/{id}},
 * {@code /cases/process-instance/{id}}, {@code /cases/registered/{id}}), recorded as reads through Tasklist: they
 * show a case with its parties. The list {@code /cases} is not, like {@code GET /api/cases}. The case page's form
 * post {@code POST /cases/{ref}/typical-case} (推荐为典型案例) is a write through Tasklist about that case;</li>
 * <li>the writes of Cockpit's 规则管理 page ({@code /camunda/api/cockpit/plugin/mediation-rules/{engine}/…}): a rule
 * version tested, deployed or rolled back, about no case.</li>
 * </ul>
 * Anything else (HEAD, OPTIONS, other reads, the webapps' other plugin APIs) is not recorded.
 */
final class RequestClassifier {

    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Collections that answer a query to POST. */
    private static final Set<String> POST_QUERY_COLLECTIONS = Set.of("task", "process-instance",
            "variable-instance", "external-task", "job", "execution", "case-instance", "case-execution", "incident",
            "event-subscription");
    private static final Set<String> POST_QUERY_ENDINGS = Set.of("count", "list", "singleResult");
    /** Path words in the place of an id that are actions or sub-collections, not ids. */
    private static final Set<String> NOT_IDS = Set.of("count", "create", "report", "delete", "suspended",
            "suspended-async", "job-retries", "job-retries-historic-query-based", "variables-async",
            "message-async", "delete-historic-query-based", "fetchAndLock", "retries", "retries-async",
            "set-removal-time", "cleanup", "annotation");

    /** The Cockpit plugin of the rules page (package rules), whose writes change the rules. */
    static final String RULES_PAGE = "mediation-rules";

    /** The case pages (package caselist), which Tasklist links to and which use its session. */
    static final String CASE_PAGES = "/cases/";

    private final String restPath;
    private final String webappPath;

    /**
     * @param restPath   the engine REST API's path, {@code /engine-rest}
     * @param webappPath the webapps' path, {@code /camunda}
     */
    RequestClassifier(String restPath, String webappPath) {
        this.restPath = trimSlash(restPath);
        this.webappPath = trimSlash(webappPath);
    }

    /** @return the request as recorded, or null when it is not recorded */
    AuditedRequest classify(String method, String path, String rawQuery, String referer) {
        if (path == null || method == null) {
            return null;
        }
        Map<String, List<String>> parameters = AuditPath.parameters(rawQuery);
        String query = AuditPath.query(parameters);
        if (path.equals("/api") || path.startsWith("/api/")) {
            return api(method, path, query);
        }
        if (path.equals(restPath) || path.startsWith(restPath + "/")) {
            List<String> segments = segments(path.substring(restPath.length()));
            if (segments.size() >= 2 && segments.get(0).equals("engine")) {
                segments = segments.subList(2, segments.size());
            }
            return engine(method, path, query, parameters, segments, WayIn.ENGINE_REST, null);
        }
        if (path.startsWith(CASE_PAGES)) {
            return casePage(method, path, query);
        }
        String rulesPage = webappPath + "/api/cockpit/plugin/" + RULES_PAGE + "/";
        if (path.startsWith(rulesPage) && WRITE_METHODS.contains(method)) {
            // 规则管理 in Cockpit (package rules): a change of the rules, about no case, recorded like POST /api/rules
            List<String> s = segments(path.substring(rulesPage.length()));
            return s.isEmpty() ? null : new AuditedRequest(WayIn.COCKPIT, AuditAction.WRITE, method, path, query, s.get(0),
                    new Concern.Nothing());
        }
        String webappEngine = webappPath + "/api/engine/engine/";
        if (path.startsWith(webappEngine)) {
            List<String> segments = segments(path.substring(webappEngine.length()));
            if (segments.isEmpty()) {
                return null;
            }
            return engine(method, path, query, parameters, segments.subList(1, segments.size()), webapp(referer),
                    segments.get(0));
        }
        return null;
    }

    private static AuditedRequest casePage(String method, String path, String query) {
        List<String> s = segments(path.substring(CASE_PAGES.length()));
        if (method.equals("POST") && s.size() == 2 && s.get(1).equals("typical-case")) {
            return new AuditedRequest(WayIn.TASKLIST, AuditAction.WRITE, method, path, query, null,
                    new Concern.CaseReference(s.get(0)));
        }
        if (!method.equals("GET") || s.isEmpty() || s.size() > 2) {
            return null;
        }
        Concern concern;
        if (s.size() == 1) {
            concern = new Concern.CaseReference(s.get(0));
        } else if (!id(s.get(1))) {
            return null;
        } else {
            Kind kind = switch (s.get(0)) {
                case "task" -> Kind.TASK;
                case "process-instance", "registered" -> Kind.PROCESS_INSTANCE;
                default -> null;
            };
            if (kind == null) {
                return null;
            }
            concern = new Concern.EngineObjects(List.of(new EngineObject(kind, s.get(1))), false);
        }
        return new AuditedRequest(WayIn.TASKLIST, AuditAction.READ, method, path, query, null, concern);
    }

    private AuditedRequest api(String method, String path, String query) {
        List<String> s = segments(path.substring("/api".length()));
        boolean write = WRITE_METHODS.contains(method);
        if (!write && !method.equals("GET")) {
            return null;
        }
        if (s.size() == 1 && s.get(0).equals("cases") && method.equals("POST")) {
            return new AuditedRequest(WayIn.API, AuditAction.WRITE, method, path, query, null,
                    new Concern.RegisteredCase());
        }
        if (s.size() >= 2 && s.get(0).equals("cases")) {
            AuditAction action = write ? AuditAction.WRITE
                    : s.size() == 4 && s.get(2).equals("documents") ? AuditAction.DOWNLOAD : AuditAction.READ;
            return new AuditedRequest(WayIn.API, action, method, path, query, null,
                    new Concern.CaseReference(s.get(1)));
        }
        return write ? new AuditedRequest(WayIn.API, AuditAction.WRITE, method, path, query, null,
                new Concern.Nothing()) : null;
    }

    private static AuditedRequest engine(String method, String path, String query,
                                         Map<String, List<String>> parameters, List<String> s, WayIn wayIn,
                                         String engineName) {
        if (s.isEmpty()) {
            return null;
        }
        boolean postQuery = method.equals("POST") && isPostQuery(s);
        boolean write = WRITE_METHODS.contains(method) && !postQuery;
        boolean read = method.equals("GET") || postQuery;
        List<EngineObject> objects = new ArrayList<>(objectsInPath(s));
        if (write) {
            return new AuditedRequest(wayIn, AuditAction.WRITE, method, path, query, engineName,
                    new Concern.EngineObjects(objects, false));
        }
        if (read && isVariableRead(s)) {
            objects.addAll(objectsInQuery(parameters));
            return new AuditedRequest(wayIn, AuditAction.READ, method, path, query, engineName,
                    new Concern.EngineObjects(objects, postQuery));
        }
        return null;
    }

    /** Camunda's queries by POST: a collection itself, its count, a filter's list, and history queries. */
    static boolean isPostQuery(List<String> s) {
        String last = s.get(s.size() - 1);
        if (s.size() > 1 && POST_QUERY_ENDINGS.contains(last)) {
            return true;
        }
        if (s.size() == 1) {
            return POST_QUERY_COLLECTIONS.contains(last);
        }
        if (s.get(0).equals("history")) {
            return s.size() == 2 && !last.equals("cleanup");
        }
        return s.size() == 2 && s.get(0).equals("identity")
                && (last.equals("verify") || last.equals("password-policy"));
    }

    /** Reads that answer variable values (personal data of a case may be among them); counts are not. */
    static boolean isVariableRead(List<String> s) {
        String resource = s.get(0);
        if (s.get(s.size() - 1).equals("count")) {
            return false;
        }
        String sub = s.size() >= 3 && id(s.get(1)) ? s.get(2) : "";
        switch (resource) {
            case "task":
                return sub.equals("variables") || sub.equals("localVariables") || sub.equals("form-variables");
            case "process-instance":
                return sub.equals("variables");
            case "execution":
                return sub.equals("localVariables");
            default:
                break;
        }
        if (resource.equals("variable-instance")) {
            return true;
        }
        return resource.equals("history") && s.size() >= 2
                && (s.get(1).equals("variable-instance") || s.get(1).equals("detail"));
    }

    private static List<EngineObject> objectsInPath(List<String> s) {
        String resource = s.get(0);
        if (resource.equals("history")) {
            if (s.size() < 3 || !id(s.get(2))) {
                return List.of();
            }
            Kind kind = switch (s.get(1)) {
                case "variable-instance" -> Kind.HISTORIC_VARIABLE;
                case "detail" -> Kind.HISTORIC_DETAIL;
                case "process-instance" -> Kind.PROCESS_INSTANCE;
                default -> null;
            };
            return kind == null ? List.of() : List.of(new EngineObject(kind, s.get(2)));
        }
        if (s.size() < 2 || !id(s.get(1))) {
            return List.of();
        }
        Kind kind = switch (resource) {
            case "task" -> Kind.TASK;
            case "process-instance" -> Kind.PROCESS_INSTANCE;
            case "execution" -> Kind.EXECUTION;
            case "job" -> Kind.JOB;
            case "external-task" -> Kind.EXTERNAL_TASK;
            case "incident" -> Kind.INCIDENT;
            case "variable-instance" -> Kind.VARIABLE;
            default -> null;
        };
        return kind == null ? List.of() : List.of(new EngineObject(kind, s.get(1)));
    }

    static List<EngineObject> objectsInQuery(Map<String, List<String>> parameters) {
        List<EngineObject> objects = new ArrayList<>();
        add(objects, Kind.PROCESS_INSTANCE, parameters.get("processInstanceId"));
        add(objects, Kind.PROCESS_INSTANCE, parameters.get("processInstanceIdIn"));
        add(objects, Kind.TASK, parameters.get("taskId"));
        add(objects, Kind.TASK, parameters.get("taskIdIn"));
        add(objects, Kind.EXECUTION, parameters.get("executionIdIn"));
        return objects;
    }

    private static void add(List<EngineObject> objects, Kind kind, List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            Arrays.stream(value.split(",")).map(String::trim).filter(RequestClassifier::id)
                    .forEach(id -> objects.add(new EngineObject(kind, id)));
        }
    }

    /** Engine ids are UUIDs or numbers; action words in the place of an id are not ids. */
    static boolean id(String segment) {
        return !segment.isEmpty() && segment.length() <= 64 && !NOT_IDS.contains(segment)
                && segment.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_'
                || c == '.' || c == ':');
    }

    /** Which webapp called the shared engine API: its page is the Referer ({@code …/camunda/app/tasklist/…}). */
    private WayIn webapp(String referer) {
        if (referer != null) {
            for (String app : List.of("tasklist", "cockpit", "admin")) {
                if (referer.contains(webappPath + "/app/" + app + "/")) {
                    return WayIn.valueOf(app.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return WayIn.WEBAPP;
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static String trimSlash(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
