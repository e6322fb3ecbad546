package cn.jiyuan.mediation.earlywarning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.MediationOutcome;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/**
 * The Chinese e-mails of early warning: subject {@code 【矛盾纠纷预警】{案号} {纠纷类型} {风险等级}}, a body saying
 * what happened, where, how many people, the risk indicators, what is recommended and where to find the case.
 * Personal data is masked (docs/domain.md section 5): names as 王某, phone and ID numbers in the parties and inside
 * the free-text summary, reasons and plan.
 */
@Service
public class WarningMailComposer {

    private final CaseRepository cases;
    private final OrganizationRepository registry;
    private final StabilityLedger ledger;
    private final MailTemplates templates;
    private final String publicUrl;

    public WarningMailComposer(CaseRepository cases, OrganizationRepository registry, StabilityLedger ledger,
                               MailTemplates templates, @Value("${mediation.public-url:http://localhost:8080}") String publicUrl) {
        this.cases = cases;
        this.registry = registry;
        this.ledger = ledger;
        this.templates = templates;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public record Mail(String subject, String body) {
    }

    public static String subject(CaseFile c, RiskLevel level, MailKind kind) {
        String prefix = kind == MailKind.OUTCOME ? "【矛盾纠纷预警·处置结果】" : "【矛盾纠纷预警】";
        return prefix + c.caseNumber() + " " + c.category().label() + " " + level.label();
    }

    /**
     * @param level the level of this warning (for OUTCOME: the highest level on the ledger)
     * @param reason why this warning (WARNING, ESCALATION); ignored for OUTCOME
     */
    public Mail compose(long caseId, MailKind kind, RiskLevel level, String reason, Recipient to,
                        String warningProcessInstanceId) {
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        Map<String, Object> v = new HashMap<>();
        v.put("salutation", to.name() == null ? "各位领导" : to.name());
        v.put("caseNumber", c.caseNumber());
        v.put("category", c.category().label());
        v.put("place", where(c));
        v.put("people", c.peopleInvolved() == null ? "不详" : c.peopleInvolved() + "人");
        v.put("caseLink", publicUrl + "/api/cases/" + c.id());
        v.put("caseProcessLink", c.processInstanceId() == null ? null : cockpit(c.processInstanceId()));
        v.put("warningProcessLink", warningProcessInstanceId == null ? null : cockpit(warningProcessInstanceId));
        if (kind == MailKind.OUTCOME) {
            outcome(v, c);
        } else {
            warning(v, c, kind, level, reason);
        }
        return new Mail(subject(c, level, kind), templates.render(kind == MailKind.OUTCOME ? "mail/outcome"
                : "mail/warning", v));
    }

    private void warning(Map<String, Object> v, CaseFile c, MailKind kind, RiskLevel level, String reason) {
        List<CaseParty> parties = cases.findParties(c.id());
        List<String> names = parties.stream().map(CaseParty::name).toList();
        v.put("escalation", kind == MailKind.ESCALATION);
        v.put("riskLevel", level.label());
        v.put("reason", reason == null || reason.isBlank() ? null : PersonalDataMasking.text(reason, names));
        v.put("amount", c.amountInvolved() == null ? null : c.amountInvolved().stripTrailingZeros().toPlainString());
        v.put("registeredAt", local(c.createdAt()));
        v.put("committee", registry.findCommittee(c.committeeCode()).map(x -> x.name()).orElse(c.committeeCode()));
        v.put("summary", PersonalDataMasking.text(c.summary(), names));
        v.put("parties", parties.isEmpty() ? null
                : parties.stream().map(WarningMailComposer::party).collect(Collectors.joining("；")));
        Set<RiskIndicator> indicators = cases.findIndicators(c.id());
        v.put("indicators", indicators.isEmpty() ? "无"
                : indicators.stream().map(RiskIndicator::label).collect(Collectors.joining("；")));
        v.put("sensitivePeriod", c.sensitivePeriod());
        v.put("recommendation", recommendation(level));
    }

    private void outcome(Map<String, Object> v, CaseFile c) {
        Optional<StabilityLedger.CaseEnd> end = ledger.findCaseEnd(c.id());
        List<String> names = cases.findParties(c.id()).stream().map(CaseParty::name).toList();
        String status = end.map(StabilityLedger.CaseEnd::status).orElse(c.status());
        String outcome = end.map(StabilityLedger.CaseEnd::outcome).orElse(c.outcome());
        v.put("ending", statusName(status) + (outcome == null ? "" : "（" + outcomeName(outcome) + "）"));
        v.put("endedAt", end.map(e -> local(e.endedAt())).orElse(null));
        StabilityLedger.Plan plan = ledger.find(c.id()).map(StabilityLedger.Entry::plan).orElse(null);
        v.put("instructions", plan == null || plan.instructions() == null ? null
                : PersonalDataMasking.text(plan.instructions(), names)
                        + (plan.instructedBy() == null ? "" : "（" + plan.instructedBy() + "）"));
        v.put("jointHandling", plan == null || plan.jointHandling() == null ? null
                : PersonalDataMasking.text(plan.jointHandling(), names));
    }

    private static String local(java.time.OffsetDateTime at) {
        return cn.jiyuan.mediation.cases.CaseTime.shown(at);
    }

    static String recommendation(RiskLevel level) {
        return switch (level) {
            case CRITICAL -> "建议立即启动应急预案：镇（街道）党（工）委、政府主要负责同志牵头，公安派出所（警调联动）、司法所、"
                    + "调委会联合处置，落实专人盯守稳控，严防发生“民转刑”案件和群体性事件，处置情况及时报告市委政法委和市司法局。";
            case HIGH -> "建议镇（街道）党（工）委、政府督促司法所和调委会24小时内介入，落实“一案一策”和专人稳控，"
                    + "积极配合有关部门疏导化解，防止矛盾激化升级。";
            default -> "建议密切关注纠纷动态，司法所指导调委会及时就地化解，发现升级苗头立即报告。";
        };
    }

    private String where(CaseFile c) {
        String town = registry.findUnit(c.townCode()).map(OrgUnit::name).orElse(c.townCode());
        String village = c.villageCode() == null ? null
                : registry.findUnit(c.villageCode()).map(OrgUnit::name).orElse(c.villageCode());
        return village == null ? town : town + village;
    }

    private static String party(CaseParty p) {
        StringBuilder s = new StringBuilder(PersonalDataMasking.name(p.name())).append("（").append(p.role().label());
        if (p.phone() != null) {
            s.append("，电话 ").append(PersonalDataMasking.phone(p.phone()));
        }
        if (p.idNumber() != null) {
            s.append("，身份证号 ").append(PersonalDataMasking.idNumber(p.idNumber()));
        }
        return s.append("）").toString();
    }

    /** Masks phone and ID numbers written into free text. */
    public static String mask(String text) {
        return PersonalDataMasking.text(text);
    }

    private String cockpit(String processInstanceId) {
        return publicUrl + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
    }

    static String statusName(String status) {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equals(status)) {
                return s.label();
            }
        }
        return status;
    }

    static String outcomeName(String outcome) {
        for (MediationOutcome o : MediationOutcome.values()) {
            if (o.name().equals(outcome)) {
                return o.label();
            }
        }
        return outcome;
    }
}
