package cn.jiyuan.mediation.typicalcase;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * The nomination a reviewer reads in the review form ({@value TypicalCaseVariables#NOMINATION_TEXT}): title,
 * category, case number, opinions so far and the anonymised write-up, read from typical_case when the form opens
 * — the process holds only the nomination's id. Whoever may open the task may read it (the engine's task and
 * tenant checks decided that already).
 */
@Component
public class NominationTextField implements VirtualFormFields {

    static final String FORM = "typical-case-review";

    private final TypicalCaseRepository nominations;

    public NominationTextField(TypicalCaseRepository nominations) {
        this.nominations = nominations;
    }

    @Override
    public Set<String> keys() {
        return Set.of(TypicalCaseVariables.NOMINATION_TEXT);
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        if (!TypicalCaseVariables.PROCESS_KEY.equals(task.processDefinitionKey()) || !FORM.equals(task.formId())
                || task.businessKey() == null || !task.businessKey().matches("[0-9]{1,18}")) {
            return Map.of();
        }
        return nominations.find(Long.parseLong(task.businessKey()))
                .map(n -> Map.of(TypicalCaseVariables.NOMINATION_TEXT, text(n))).orElse(Map.of());
    }

    static String text(TypicalCaseRepository.Nomination n) {
        StringBuilder text = new StringBuilder();
        text.append("标题：").append(n.title()).append('\n');
        text.append("案号：").append(n.caseNumber()).append("　纠纷类型：")
                .append(DisputeCategory.valueOf(n.category()).label()).append('\n');
        if (n.officeOpinion() != null) {
            text.append("司法所审核意见：").append(n.officeOpinion()).append('\n');
        }
        text.append('\n').append(n.writeUp());
        return text.toString();
    }
}
