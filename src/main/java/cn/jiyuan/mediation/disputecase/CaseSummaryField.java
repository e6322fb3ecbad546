package cn.jiyuan.mediation.disputecase;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseAccessPolicy;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * The read-only 案件概况 (field {@code caseSummary}) of the mediation, follow-up and judicial-confirmation forms of
 * dispute-case: built from the case tables when the form is opened, with the parties in full for those who
 * handle or supervise the case and masked for anyone else, and never stored in the engine.
 */
@Component
public class CaseSummaryField implements VirtualFormFields {

    static final String KEY = "caseSummary";
    static final String MEDIATION_FORM = "mediation-outcome";
    private static final Set<String> AFTER_AGREEMENT_FORMS = Set.of("follow-up", "judicial-confirmation");

    private final CaseRepository cases;
    private final CaseAtAGlance glance;
    private final CaseAccessPolicy access;

    public CaseSummaryField(CaseRepository cases, CaseAtAGlance glance, CaseAccessPolicy access) {
        this.cases = cases;
        this.glance = glance;
        this.access = access;
    }

    @Override
    public Set<String> keys() {
        return Set.of(KEY);
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        if (!"dispute-case".equals(task.processDefinitionKey()) || task.businessKey() == null
                || !(MEDIATION_FORM.equals(task.formId()) || AFTER_AGREEMENT_FORMS.contains(task.formId()))) {
            return Map.of();
        }
        return cases.findByNumber(task.businessKey()).map(c -> {
            AuthenticatedUser user = new AuthenticatedUser(viewer.getUserId(),
                    viewer.getGroupIds() == null ? List.of() : viewer.getGroupIds());
            boolean full = access.mayReadPersonalData(user, c);
            String text = MEDIATION_FORM.equals(task.formId()) ? glance.summary(c.id(), full)
                    : glance.afterAgreement(c.id(), full);
            return Map.of(KEY, text);
        }).orElse(Map.of());
    }
}
