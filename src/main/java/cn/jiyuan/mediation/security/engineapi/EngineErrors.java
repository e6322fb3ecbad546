package cn.jiyuan.mediation.security.engineapi;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.platform.DatabaseFailures;
import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * Turns the engine REST API's error answers into Chinese for the user: no engine code, class name, task id or
 * English sentence reaches Tasklist, Cockpit or an API client. A form filled in wrongly answers 400 with the
 * platform's own sentence; a task of another town answers 404 like an unknown one; a lost race (somebody else
 * claimed, completed or changed it first) answers 409, an unreachable database 503 (with Retry-After). The original is logged for the administrator with a reference
 * the user sees.
 */
final class EngineErrors {

    private static final Logger log = LoggerFactory.getLogger(EngineErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENVELOPE = Pattern.compile("【([^】]*)】(?:〔([^〕]*)〕)?");

    /**
     * The status and Chinese message to answer, and the engine's error type kept for the webapps; for a form
     * filled in wrongly, the key of the field the message concerns and the id of its component in the form
     * (Tasklist shows the message beside it), when known.
     */
    record Translation(int status, String type, String message, String field, String fieldId) {

        Translation(int status, String type, String message) {
            this(status, type, message, null, null);
        }

        /** This message about the given field of the submitted form. */
        Translation about(String fieldKey, String componentId) {
            return new Translation(status, type, message, fieldKey, componentId);
        }
    }

    private EngineErrors() {
    }

    static Translation translate(int status, byte[] body) {
        String type = null;
        String message = "";
        Integer code = null;
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.isObject()) {
                type = error.path("type").asText(null);
                message = error.path("message").asText("");
                code = error.hasNonNull("code") ? error.get("code").asInt() : null;
            }
        } catch (IOException e) {
            // not the engine's JSON: answered generically below
        }
        Matcher envelope = ENVELOPE.matcher(message);
        boolean enveloped = envelope.find();
        if ((code != null && code == UserInputProblem.CODE) || enveloped) {
            return enveloped ? new Translation(400, type, envelope.group(1), envelope.group(2), null)
                    : new Translation(400, type, "提交的内容有误，请检查后重新提交");
        }
        if (DatabaseFailures.isUnavailable(type, message, code)) {
            log.warn("Engine API answered {} for an unreachable database: {} {}", status, type, message);
            return new Translation(503, null, DatabaseFailures.UNAVAILABLE_MESSAGE);
        }
        if ("OptimisticLockingException".equals(type) || message.contains("OptimisticLockingException")
                || message.contains("ENGINE-03005") || (code != null && code == 1)
                || "TaskAlreadyClaimedException".equals(type) || message.contains("is already claimed by")) {
            // a lost race: somebody claimed, completed or changed the task first
            return new Translation(409, null, DatabaseFailures.TASK_RACE_MESSAGE);
        }
        if (message.contains("ENGINE-13034") || message.contains("no authenticated tenant") || status == 404
                || message.startsWith("Cannot find") || message.startsWith("No matching")
                || message.contains("does not exist") || message.contains("doesn't exist")) {
            return new Translation(404, type, "没有找到，或您无权查看");
        }
        if ("NullPointerException".equals(type) && message.contains("\"dto\" is null")) {
            return new Translation(400, type, "请求内容不完整");
        }
        if ("AuthorizationException".equals(type) || status == 403) {
            return new Translation(403, type, "您无权执行该操作");
        }
        if (status == 401) {
            return new Translation(401, type, "请先登录");
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.warn("Engine API error {} answered as reference {}: {} {}", status, reference, type, message);
        if (status >= 500) {
            return new Translation(500, type, "服务器处理出错，请稍后重试；如仍不成功，请将编号 " + reference + " 告知系统管理员");
        }
        return new Translation(status, type, "请求有误，请检查后重试（编号 " + reference + "）");
    }

    static byte[] body(Translation t) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", t.type() == null ? "about:blank" : t.type());
        problem.put("title", title(t.status()));
        problem.put("status", t.status());
        problem.put("detail", t.message());
        problem.put("message", t.message());
        if (t.field() != null) {
            // Tasklist's form script (webjars/…/tasklist/zh-forms) shows the message beside this field
            problem.put("field", t.field());
            problem.put("fieldId", t.fieldId() == null ? t.field() : t.fieldId());
        }
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "提交的内容有误";
            case 401 -> "请先登录";
            case 403 -> "无权操作";
            case 404 -> "未找到";
            case 409 -> "操作冲突";
            case 413 -> "内容过大";
            case 503 -> "服务暂不可用";
            default -> status >= 500 ? "服务器出错" : "请求有误";
        };
    }
}
