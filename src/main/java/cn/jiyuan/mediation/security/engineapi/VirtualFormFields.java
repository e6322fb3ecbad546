package cn.jiyuan.mediation.security.engineapi;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Values a task's form shows that are not kept in the engine, because they hold personal data: they are read
 * from the project's tables when the form is opened ({@code GET …/task/{id}/form-variables}), for the user who
 * opens it, and taken out of what the form submits when they are read-only.
 */
public interface VirtualFormFields {

    /** The form fields this provides. */
    Set<String> keys();

    /** @return values by key for this task's form as the viewer may see them; empty when none apply */
    Map<String, String> values(TaskView task, Authentication viewer);

    /**
     * Values that are not text — the picked entries of a checklist, the rows of a dynamic list — given to the form as
     * JSON variables; none unless a provider has such fields.
     */
    default Map<String, JsonNode> jsonValues(TaskView task, Authentication viewer) {
        return Map.of();
    }

    /** The task a form belongs to, as the platform sees it (looked up without the user's rights). */
    record TaskView(String id, String formId, String processDefinitionKey, String processInstanceId,
                    String businessKey, String taskDefinitionKey, String assignee) {
    }
}
