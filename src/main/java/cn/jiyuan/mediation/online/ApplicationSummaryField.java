package cn.jiyuan.mediation.online;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseAccessPolicy;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * The online application at a glance (field {@value OnlineApplicationVariables#APPLICATION_SUMMARY}) on the forms of
 * online-application: who applied and how to reach them, the other party, place, category and what the applicant
 * wrote and asks for. Read from the case tables when the form opens, the parties in full for those who handle or
 * supervise the case and masked for anyone else; never stored in the engine.
 */
@Component
public class ApplicationSummaryField implements VirtualFormFields {

    static final Set<String> FORMS = Set.of(OnlineApplicationDelegates.CONTACT_FORM, "applicant-contact-supervision");

    private final CaseRepository cases;
    private final CaseAccessPolicy access;
    private final OrganizationRepository registry;
    private final ApplicantContacts contacts;

    public ApplicationSummaryField(CaseRepository cases, CaseAccessPolicy access, OrganizationRepository registry,
                                   ApplicantContacts contacts) {
        this.cases = cases;
        this.access = access;
        this.registry = registry;
        this.contacts = contacts;
    }

    @Override
    public Set<String> keys() {
        return Set.of(OnlineApplicationVariables.APPLICATION_SUMMARY);
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        if (!OnlineApplicationVariables.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null
                || !FORMS.contains(task.formId())) {
            return Map.of();
        }
        return cases.findByNumber(task.businessKey()).map(c -> {
            AuthenticatedUser user = new AuthenticatedUser(viewer.getUserId(),
                    viewer.getGroupIds() == null ? List.of() : viewer.getGroupIds());
            return Map.of(OnlineApplicationVariables.APPLICATION_SUMMARY, summary(c, access.mayReadPersonalData(user, c)));
        }).orElse(Map.of());
    }

    String summary(CaseFile c, boolean full) {
        StringBuilder text = new StringBuilder("网上申请（掌上调解），").append(CaseTime.shown(c.createdAt())).append("提交\n");
        for (CaseParty p : cases.findParties(c.id())) {
            String name = full ? p.name() : PersonalDataMasking.name(p.name());
            text.append(p.role() == PartyRole.APPLICANT ? "申请人：" : "对方当事人：").append(name);
            if (p.phone() != null) {
                text.append("，电话 ").append(full ? p.phone() : PersonalDataMasking.phone(p.phone()));
            } else if (p.role() != PartyRole.APPLICANT) {
                text.append("（申请人未提供电话）");
            }
            text.append('\n');
        }
        String place = registry.findUnit(c.townCode()).map(u -> u.name()).orElse(c.townCode())
                + (c.villageCode() == null ? "" : registry.findUnit(c.villageCode()).map(u -> u.name()).orElse(""));
        text.append("纠纷类型：").append(c.category().label()).append("；地点：").append(place).append('\n');
        String summary = c.summary().replaceFirst("^【网上申请】", "");
        text.append(full ? summary : PersonalDataMasking.text(summary)).append('\n');
        text.append("请在一个工作日内（").append(CaseTime.shownDay(contacts.contactDue(c))).append("当日结束前）与申请人联系");
        return text.toString();
    }
}
