package cn.jiyuan.mediation.disputecase;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/**
 * The case at a glance (案件概况) for the mediator's task form: built from the case tables each time the
 * form is opened (so it is current after sessions, an extension, a hand-over or a rebound); it is never stored
 * in the engine. The parties' names and phones are shown in full to those who handle or supervise the case
 * (the mediators call the parties) and masked to anyone else who may open the task.
 */
@Service
public class CaseAtAGlance {

    private final CaseRepository cases;
    private final OrganizationRepository registry;
    private final MediationRecords records;

    public CaseAtAGlance(CaseRepository cases, OrganizationRepository registry, MediationRecords records) {
        this.cases = cases;
        this.registry = registry;
        this.records = records;
    }

    /** Plain text, one fact a line (shown in a read-only text area). */
    @Transactional(readOnly = true)
    public String summary(long caseId, boolean full) {
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        List<String> lines = new ArrayList<>();
        lines.add("纠纷类型：" + c.category().label() + "；案件来源：" + c.channel().label()
                + (c.referralReference() == null ? "" : "（移送编号 " + c.referralReference() + "）"));
        lines.add("发生地点：" + unitName(c.townCode()) + (c.villageCode() == null ? "" : unitName(c.villageCode()))
                + (c.crossTown() ? "（跨镇(街道)）" : c.crossVillage() ? "（跨村(社区)）" : ""));
        List<CaseParty> parties = cases.findParties(caseId);
        lines.add("纠纷简要情况：" + (full ? c.summary() : masked(c.summary(), parties)));
        lines.add("当事人：");
        for (CaseParty p : parties) {
            lines.add("  " + p.role().label() + " " + name(p, full) + "，电话：" + phone(p, full)
                    + (Boolean.FALSE.equals(p.consent()) ? "（拒绝调解）" : ""));
        }
        lines.add("涉及人数：" + (c.peopleInvolved() == null ? "未登记" : c.peopleInvolved() + "人")
                + (c.amountInvolved() == null ? "" : "；涉及金额：" + amount(c.amountInvolved()) + "元")
                + (c.enterpriseRelated() ? "；涉企" : ""));
        StringJoiner indicators = new StringJoiner("、");
        for (RiskIndicator indicator : cases.findIndicators(caseId)) {
            indicators.add(indicator.label());
        }
        lines.add("风险等级：" + c.riskLevel().label() + (c.earlyWarning() ? "（已预警）" : "")
                + (c.greenChannel() ? "；涉企绿色通道" : "") + (c.sensitivePeriod() ? "；敏感时期" : "")
                + (indicators.length() == 0 ? "" : "；风险因素：" + indicators));
        lines.add("办理调委会：" + registry.findCommittee(c.committeeCode()).map(Committee::name).orElse(c.committeeCode()));
        long daysLeft = ChronoUnit.DAYS.between(CaseTime.today(), c.deadline());
        lines.add("办理期限：" + c.deadline() + (daysLeft > 0 ? "（还有" + daysLeft + "日）"
                : daysLeft == 0 ? "（今日届满）" : "（已超期" + (-daysLeft) + "日）"));
        List<MediationRecords.Session> sessions = records.findSessions(caseId);
        if (sessions.isEmpty()) {
            lines.add("调解记录：尚无");
        } else {
            MediationRecords.Session last = sessions.get(sessions.size() - 1);
            lines.add("调解记录：已调解" + sessions.size() + "次，最近一次 " + last.heldAt().atZoneSameInstant(CaseTime.ZONE)
                    .toLocalDate() + " " + modeLabel(last.mode()));
        }
        return String.join("\n", lines);
    }

    /**
     * For the visits and the judicial confirmation after an agreement: where, who (with phones) and what was
     * agreed (the latest agreement: terms, performance, effective date and the judicial-confirmation window).
     */
    @Transactional(readOnly = true)
    public String afterAgreement(long caseId, boolean full) {
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        List<String> lines = new ArrayList<>();
        lines.add("纠纷类型：" + c.category().label() + "；发生地点：" + unitName(c.townCode())
                + (c.villageCode() == null ? "" : unitName(c.villageCode())));
        lines.add("当事人：");
        List<CaseParty> parties = cases.findParties(caseId);
        for (CaseParty p : parties) {
            lines.add("  " + p.role().label() + " " + name(p, full) + "，电话：" + phone(p, full));
        }
        List<MediationRecords.Agreement> agreements = records.findAgreements(caseId);
        if (agreements.isEmpty()) {
            return String.join("\n", lines);
        }
        MediationRecords.Agreement a = agreements.get(agreements.size() - 1);
        boolean written = "WRITTEN".equals(a.type());
        lines.add((written ? "书面" : "口头") + "调解协议（" + a.effectiveDate() + "生效）：");
        int n = 0;
        for (String term : (a.terms() == null ? "" : a.terms()).split("\n")) {
            if (!term.isBlank()) {
                lines.add("  " + (++n) + ". " + (full ? term.strip() : masked(term.strip(), parties)));
            }
        }
        if (a.performanceMethod() != null) {
            lines.add("履行方式：" + a.performanceMethod());
        }
        if (a.performanceDeadline() != null) {
            lines.add("履行期限：" + a.performanceDeadline());
        }
        if (written) {
            lines.add("司法确认：" + (a.judicialConfirmationApplied() ? "已于" + a.judicialConfirmationAt() + "申请"
                    : "可于" + a.effectiveDate().plusDays(30) + "前共同申请"));
        }
        return String.join("\n", lines);
    }

    private static String name(CaseParty p, boolean full) {
        return full ? p.name() : PersonalDataMasking.name(p.name());
    }

    private static String phone(CaseParty p, boolean full) {
        if (p.phone() == null) {
            return "未登记";
        }
        return full ? p.phone() : PersonalDataMasking.phone(p.phone());
    }

    /** Free text for someone who may not see the parties: their names and any number written in it masked. */
    private static String masked(String text, List<CaseParty> parties) {
        return PersonalDataMasking.text(text, parties.stream().map(CaseParty::name).toList());
    }

    private String unitName(String code) {
        return registry.findUnit(code).map(OrgUnit::name).orElse(code);
    }

    private static String modeLabel(String mode) {
        try {
            return SessionMode.valueOf(mode).label();
        } catch (IllegalArgumentException e) {
            return mode;
        }
    }

    private static String amount(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
