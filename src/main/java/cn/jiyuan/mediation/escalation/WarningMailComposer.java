package cn.jiyuan.mediation.escalation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Personal data is masked (DOMAIN.md section 5): names as 王某, phone and ID numbers in the parties and inside
 * the free-text summary, reasons and plan.
 */
@Service
public class WarningMailComposer {

    private final CaseRepository cases;
    private final OrganizationRepository registry;
    private final StabilityLedger ledger;
    private final String publicUrl;

    public WarningMailComposer(CaseRepository cases, OrganizationRepository registry, StabilityLedger ledger,
                               @Value("${mediation.public-url:http://localhost:8080}") String publicUrl) {
        this.cases = cases;
        this.registry = registry;
        this.ledger = ledger;
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
        StringBuilder b = new StringBuilder();
        b.append(to.name() == null ? "各位领导" : to.name()).append("：\n\n");
        if (kind == MailKind.OUTCOME) {
            outcome(b, c);
        } else {
            warning(b, c, kind, level, reason);
        }
        b.append("\n案件信息：").append(publicUrl).append("/api/cases/").append(c.id()).append("\n");
        if (c.processInstanceId() != null) {
            b.append("案件办理流程（Cockpit）：").append(cockpit(c.processInstanceId())).append("\n");
        }
        if (warningProcessInstanceId != null) {
            b.append("预警处置流程（Cockpit）：").append(cockpit(warningProcessInstanceId)).append("\n");
        }
        b.append("\n本邮件由济源示范区人民调解案件编排平台自动发送，当事人个人信息已作脱敏处理，请勿转发。\n");
        return new Mail(subject(c, level, kind), b.toString());
    }

    private void warning(StringBuilder b, CaseFile c, MailKind kind, RiskLevel level, String reason) {
        b.append(kind == MailKind.ESCALATION ? "现将一起风险升级的矛盾纠纷报告如下：\n\n" : "现将一起需要预警的矛盾纠纷报告如下：\n\n");
        b.append("一、基本情况\n");
        b.append("案号：").append(c.caseNumber()).append("\n");
        b.append("纠纷类型：").append(c.category().label()).append("\n");
        b.append("风险等级：").append(level.label()).append("\n");
        if (reason != null && !reason.isBlank()) {
            b.append(kind == MailKind.ESCALATION ? "升级原因：" : "预警原因：").append(mask(reason)).append("\n");
        }
        b.append("发生地点：").append(where(c)).append("\n");
        b.append("涉及人数：").append(c.peopleInvolved() == null ? "不详" : c.peopleInvolved() + "人").append("\n");
        if (c.amountInvolved() != null) {
            b.append("涉及金额：").append(c.amountInvolved().stripTrailingZeros().toPlainString()).append("元\n");
        }
        b.append("受理时间：").append(c.createdAt().atZoneSameInstant(cn.jiyuan.mediation.cases.CaseTime.ZONE)
                .toLocalDateTime().withNano(0).toString().replace('T', ' ')).append("\n");
        b.append("办理调委会：").append(registry.findCommittee(c.committeeCode()).map(x -> x.name())
                .orElse(c.committeeCode())).append("\n");
        List<CaseParty> parties = cases.findParties(c.id());
        b.append("\n二、纠纷简况\n").append(PersonalDataMasking.text(c.summary(),
                parties.stream().map(CaseParty::name).toList())).append("\n");
        if (!parties.isEmpty()) {
            b.append("当事人：");
            b.append(parties.stream().map(WarningMailComposer::party).collect(Collectors.joining("；")));
            b.append("\n");
        }
        Set<RiskIndicator> indicators = cases.findIndicators(c.id());
        b.append("\n三、风险因素\n");
        b.append(indicators.isEmpty() ? "无" : indicators.stream().map(RiskIndicator::label)
                .collect(Collectors.joining("；"))).append("\n");
        if (c.sensitivePeriod()) {
            b.append("受理时处于重要敏感时期，风险等级已提高一级。\n");
        }
        b.append("\n四、工作建议\n").append(recommendation(level)).append("\n");
    }

    private void outcome(StringBuilder b, CaseFile c) {
        Optional<StabilityLedger.CaseEnd> end = ledger.findCaseEnd(c.id());
        Optional<StabilityLedger.Entry> entry = ledger.find(c.id());
        b.append("此前预警的矛盾纠纷已办结，现将处置结果报告如下：\n\n");
        b.append("案号：").append(c.caseNumber()).append("\n");
        b.append("纠纷类型：").append(c.category().label()).append("\n");
        b.append("发生地点：").append(where(c)).append("\n");
        b.append("涉及人数：").append(c.peopleInvolved() == null ? "不详" : c.peopleInvolved() + "人").append("\n");
        String status = end.map(StabilityLedger.CaseEnd::status).orElse(c.status());
        b.append("办结情况：").append(statusName(status));
        String outcome = end.map(StabilityLedger.CaseEnd::outcome).orElse(c.outcome());
        if (outcome != null) {
            b.append("（").append(outcomeName(outcome)).append("）");
        }
        b.append("\n");
        end.ifPresent(e -> b.append("办结时间：").append(e.endedAt().atZoneSameInstant(
                cn.jiyuan.mediation.cases.CaseTime.ZONE).toLocalDateTime().withNano(0).toString().replace('T', ' '))
                .append("\n"));
        entry.map(StabilityLedger.Entry::plan).ifPresent(p -> {
            if (p.instructions() != null) {
                b.append("党委政府批示：").append(mask(p.instructions()))
                        .append(p.instructedBy() == null ? "" : "（" + p.instructedBy() + "）").append("\n");
            }
            if (p.jointHandling() != null) {
                b.append("联合处置情况：").append(mask(p.jointHandling())).append("\n");
            }
        });
        b.append("该案已在矛盾纠纷专门台账中销号。\n");
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
