package cn.jiyuan.mediation.referral;

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
import cn.jiyuan.mediation.cases.RegisteredParty;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.referral.ReferralRepository.Referral;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * The read-only 移送情况 (field {@value CaseReferralVariables#SUMMARY}) of the forms of case-referral (登记移送回复,
 * 督办移送回复): the referral and its case, read from the tables when the form is opened, the parties in full for
 * those who handle or supervise the case and masked for anyone else, never stored in the engine.
 */
@Component
public class ReferralSummaryField implements VirtualFormFields {

    static final Set<String> FORMS = Set.of("referral-answer", "referral-supervision");

    private final CaseRepository cases;
    private final ReferralRepository referrals;
    private final CaseAccessPolicy access;

    public ReferralSummaryField(CaseRepository cases, ReferralRepository referrals, CaseAccessPolicy access) {
        this.cases = cases;
        this.referrals = referrals;
        this.access = access;
    }

    @Override
    public Set<String> keys() {
        return Set.of(CaseReferralVariables.SUMMARY);
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        if (!CaseReferralVariables.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null
                || !FORMS.contains(task.formId())) {
            return Map.of();
        }
        return cases.findByNumber(task.businessKey()).flatMap(c -> {
            // the case's referral waiting for its answer: the one this task belongs to
            List<Referral> open = referrals.findOfCase(c.id()).stream().filter(r -> !r.answered()).toList();
            if (open.isEmpty()) {
                return java.util.Optional.<Map<String, String>>empty();
            }
            AuthenticatedUser user = new AuthenticatedUser(viewer.getUserId(),
                    viewer.getGroupIds() == null ? List.of() : viewer.getGroupIds());
            return java.util.Optional.of(Map.of(CaseReferralVariables.SUMMARY,
                    summary(c, open.get(open.size() - 1), access.mayReadPersonalData(user, c))));
        }).orElse(Map.of());
    }

    String summary(CaseFile c, Referral r, boolean full) {
        StringBuilder s = new StringBuilder();
        s.append("移送类别：").append(r.kind().label()).append("（").append(r.kind().receiver()).append("）\n");
        s.append("接收单位：").append(r.unitName()).append("\n");
        s.append("移送时间：").append(CaseTime.shown(r.referredAt())).append("\n");
        s.append("回复期限：").append(r.replyDue()).append("\n");
        s.append("移送函：").append(r.letterSentAt() == null ? "待发送（邮件发送中）"
                : "已于" + CaseTime.shown(r.letterSentAt()) + "发送").append("\n");
        if (r.remindedAt() != null) {
            s.append("逾期提醒：").append(CaseTime.shown(r.remindedAt())).append("\n");
        }
        if (r.escalatedAt() != null) {
            s.append("司法所督办：").append(CaseTime.shown(r.escalatedAt())).append("起\n");
        }
        List<String> names = cases.findRegisteredParties(c.id()).stream().map(p -> p.party().name()).toList();
        s.append("移送理由：").append(full ? r.reason() : PersonalDataMasking.text(r.reason(), names)).append("\n");
        s.append("纠纷类型：").append(c.category().label()).append("\n");
        for (RegisteredParty registered : cases.findRegisteredParties(c.id())) {
            CaseParty p = registered.party();
            s.append(p.role() == PartyRole.APPLICANT ? "申请人：" : "被申请人：")
                    .append(full ? p.name() : PersonalDataMasking.name(p.name()));
            if (p.phone() != null && !p.phone().isBlank()) {
                s.append("，电话 ").append(full ? p.phone() : PersonalDataMasking.phone(p.phone()));
            }
            s.append("\n");
        }
        return s.toString().strip();
    }
}
