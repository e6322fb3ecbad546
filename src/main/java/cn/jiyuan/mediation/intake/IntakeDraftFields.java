package cn.jiyuan.mediation.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * Fills what was typed (the parties' names, phones and ID numbers, the summary) back into the correction form (更正受理信息) of a Tasklist intake
 * from {@link IntakeDrafts}: in full for the registrar who entered them, masked for anyone else who may open the
 * task (a supervisor).
 */
@Component
public class IntakeDraftFields implements VirtualFormFields {

    private final IntakeDrafts drafts;

    public IntakeDraftFields(IntakeDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public Set<String> keys() {
        return Set.copyOf(drafts.fields());
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        if (!"case-intake".equals(task.processDefinitionKey()) || task.processInstanceId() == null) {
            return Map.of();
        }
        return drafts.find(task.processInstanceId()).map(draft -> {
            boolean full = draft.createdBy().equals(viewer.getUserId());
            List<String> names = draft.values().entrySet().stream().filter(e -> e.getKey().endsWith("Name"))
                    .map(Map.Entry::getValue).toList();
            Map<String, String> values = new LinkedHashMap<>();
            draft.values().forEach((field, value) -> values.put(field, full ? value : masked(field, value, names)));
            return values;
        }).orElse(Map.of());
    }

    private static String masked(String field, String value, List<String> names) {
        if (field.endsWith("Phone")) {
            return PersonalDataMasking.phone(value);
        }
        if (field.endsWith("IdNumber")) {
            return PersonalDataMasking.idNumber(value);
        }
        if (field.endsWith("Name")) {
            return PersonalDataMasking.name(value);
        }
        return PersonalDataMasking.text(value, names);
    }
}
