package cn.jiyuan.mediation.security.engineapi;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a user may do through the engine's REST API beyond what the engine's own authorization decides
 * (README "安全与个人信息保护"). Reads are left to the engine (grants and town tenants). Writes by anyone but an
 * administrator are limited to working tasks (claim, complete through the task's form, comment), starting the
 * processes users start, retrying a failed job in scope and changing one's own password; the engine then checks
 * its grants as well. For everybody, administrators included: no message, signal or condition is correlated by
 * hand, and processes only the platform starts cannot be started.
 */
final class EngineApiPolicy {

    /** Started only by the platform itself, never through an API. */
    static final Set<String> PLATFORM_ONLY = Set.of("dispute-case", "early-warning", "screening-report",
            "screening-schedule", "awareness-scan", "hotspot-response", "typical-case", "monthly-schedule",
            "monthly-report", "semiannual-summary", "semiannual-round", "online-application", "case-referral");

    static final Pattern TASK_SUBMISSION = Pattern.compile("^task/([^/]+)/(complete|submit-form)$");
    static final Pattern START = Pattern.compile(
            "^process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)$");
    static final Pattern FORM_VARIABLES = Pattern.compile(
            "^(task|process-definition)/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/form-variables$");
    private static final Pattern CORRELATION = Pattern.compile("^(message|signal|condition)(/.*)?$");

    /** Writes (non-GET) any authenticated user may send; queries sent as POST are reads. */
    private static final List<Pattern> USER_WRITES = List.of(
            Pattern.compile("^task(/count)?$"),
            Pattern.compile("^task/[^/]+/(claim|unclaim|comment/create)$"),
            Pattern.compile("^filter/[^/]+/(list|count|singleResult)$"),
            Pattern.compile("^(process-instance|execution|variable-instance|job|process-definition|deployment"
                    + "|decision-definition|case-instance|external-task|incident)(/count)?$"),
            Pattern.compile("^history/(process-instance|activity-instance|task|variable-instance|detail|incident"
                    + "|job-log|user-operation|identity-link-log|decision-instance|external-task-log|batch"
                    + "|case-instance|case-activity-instance)(/count)?$"),
            Pattern.compile("^job/[^/]+/retries$"),
            Pattern.compile("^identity/password-policy$"));

    private EngineApiPolicy() {
    }

    /** A decision: allowed, or refused with a status and a Chinese reason. */
    record Decision(boolean allowed, int status, String reason) {
        static final Decision ALLOW = new Decision(true, 200, null);

        static Decision deny(String reason) {
            return new Decision(false, 403, reason);
        }
    }

    static boolean isCorrelation(EngineApiRequest r) {
        return !r.isRead() && CORRELATION.matcher(r.path()).matches();
    }

    /**
     * @param userId the authenticated user
     * @param admin  whether the user is an administrator (camunda-admin)
     */
    static Decision decide(EngineApiRequest r, String userId, boolean admin) {
        if (isCorrelation(r)) {
            return Decision.deny("消息、信号和条件只能由平台自身触发");
        }
        if (r.isRead()) {
            return Decision.ALLOW;
        }
        if (admin) {
            return Decision.ALLOW;
        }
        if (r.suspicious()) {
            return Decision.deny("请求地址无效");
        }
        if (TASK_SUBMISSION.matcher(r.path()).matches() || START.matcher(r.path()).matches()) {
            return Decision.ALLOW; // checked field by field against the form
        }
        if (r.method().equals("PUT") && r.path().equals("user/" + userId + "/credentials")) {
            return Decision.ALLOW;
        }
        if (r.method().equals("POST") || r.method().equals("PUT")) {
            for (Pattern allowed : USER_WRITES) {
                if (allowed.matcher(r.path()).matches()) {
                    return r.method().equals("PUT") == r.path().endsWith("/retries") ? Decision.ALLOW
                            : Decision.deny("无权执行该操作");
                }
            }
        }
        return Decision.deny("无权执行该操作");
    }
}
