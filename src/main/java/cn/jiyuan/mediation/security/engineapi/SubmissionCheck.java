package cn.jiyuan.mediation.security.engineapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.forms.FormDefinition;

/**
 * Checks what a task completion or a process start submits against the form it belongs to: only the form's own
 * input fields, with plain values (text, numbers, yes/no, dates, JSON lists). Read-only fields (the case number,
 * the case summary...) and the option lists the platform adds to a form are dropped, whatever the browser sends
 * back; anything else is refused, so no submission
 * can set a variable the process relies on (the case, the committee, the risk).
 */
final class SubmissionCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TASK_KEYS = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> START_KEYS = Set.of("variables", "withVariablesInReturn", "businessKey");
    private static final Set<String> VALUE_KEYS = Set.of("value", "type", "valueInfo");
    private static final Set<String> TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "date", "json", "null");

    /** The body to pass on, or a refusal in Chinese. */
    record Result(byte[] body, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    private SubmissionCheck() {
    }

    /**
     * @param form  the form of the task or start event, or null when it has none (then no variable is accepted)
     * @param start whether this starts a process (a business key may be named by an administrator only)
     */
    static Result check(byte[] body, FormDefinition form, boolean start, boolean admin) {
        return check(body, form, start, admin, Set.of());
    }

    /**
     * @param optionLists the names of the option lists the platform adds to forms ({@code townOptions}…): a
     *                    browser or client that sends them back has them dropped, never stored
     */
    static Result check(byte[] body, FormDefinition form, boolean start, boolean admin, Set<String> optionLists) {
        JsonNode root;
        try {
            root = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return refuse("提交的内容不是有效的 JSON");
        }
        if (root == null || root.isMissingNode()) {
            root = JSON.createObjectNode();
        }
        if (!root.isObject()) {
            return refuse("提交的内容必须是 JSON 对象");
        }
        ObjectNode request = (ObjectNode) root;
        Set<String> allowedKeys = start ? START_KEYS : TASK_KEYS;
        for (Iterator<String> it = request.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowedKeys.contains(key)) {
                return refuse("不允许的提交参数：" + key);
            }
        }
        JsonNode businessKey = request.get("businessKey");
        if (!admin && businessKey != null && !businessKey.isNull() && !businessKey.asText().isBlank()) {
            return refuse("不能自行指定业务标识，由平台生成");
        }
        JsonNode variables = request.get("variables");
        if (variables == null || variables.isNull()) {
            return new Result(body, null);
        }
        if (!variables.isObject()) {
            return refuse("variables 必须是 JSON 对象");
        }
        Set<String> inputs = form == null ? Set.of() : form.inputKeys();
        Set<String> readonly = form == null ? Set.of() : form.readonlyKeys();
        List<String> unknown = new ArrayList<>();
        List<String> badValues = new ArrayList<>();
        ObjectNode kept = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String name = variable.getKey();
            if (readonly.contains(name) || (optionLists.contains(name) && !inputs.contains(name))) {
                continue; // shown, never taken back
            }
            if (!inputs.contains(name)) {
                unknown.add(name);
            } else if (!plainValue(variable.getValue())) {
                badValues.add(name);
            } else {
                kept.set(name, variable.getValue());
            }
        }
        if (!unknown.isEmpty()) {
            return refuse("表单中没有这些字段，不能提交：" + String.join("、", unknown));
        }
        if (!badValues.isEmpty()) {
            return refuse("这些字段的值类型不允许：" + String.join("、", badValues));
        }
        request.set("variables", kept);
        try {
            return new Result(JSON.writeValueAsBytes(request), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value the forms produce: {value, type?, valueInfo?} with a primitive, date or JSON type, no Java class. */
    static boolean plainValue(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            if (!VALUE_KEYS.contains(it.next())) {
                return false;
            }
        }
        JsonNode type = value.get("type");
        if (type != null && !type.isNull() && !TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        JsonNode info = value.get("valueInfo");
        if (info != null && !info.isNull()) {
            if (!info.isObject()) {
                return false;
            }
            for (Iterator<String> it = info.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!key.equals("serializationDataFormat") || !info.get(key).asText().equals("application/json")) {
                    return false;
                }
            }
        }
        JsonNode v = value.get("value");
        return v == null || v.isValueNode() || "json".equalsIgnoreCase(type == null ? "" : type.asText());
    }

    private static Result refuse(String reason) {
        return new Result(null, reason);
    }
}
