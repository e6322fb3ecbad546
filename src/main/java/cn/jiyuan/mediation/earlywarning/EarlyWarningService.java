package cn.jiyuan.mediation.earlywarning;

import static cn.jiyuan.mediation.earlywarning.EarlyWarningVariables.*;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.SystemAuthority;

/**
 * Early warning (预警与上报, docs/domain.md section 5): starts process early-warning for a warning event, tells it
 * when the case ends, and does the work of its steps (the delegates of {@link EarlyWarningDelegates} read the
 * process variables and call this service).
 *
 * <p>Everything here runs in the caller's transaction: a warning is started together with the registration
 * or risk change that caused it, or not at all. E-mail is sent later, by the asynchronous mail jobs. The
 * engine calls run without an authenticated user: a warning must not depend on the caller's engine grants.
 */
@Service
public class EarlyWarningService {

    private static final Logger log = LoggerFactory.getLogger(EarlyWarningService.class);

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CaseRepository cases;
    private final OrganizationRepository registry;
    private final StabilityLedger ledger;
    private final WarningRecipients recipients;
    private final WarningMailComposer composer;
    private final MailDispatcher mails;

    public EarlyWarningService(RuntimeService runtime, IdentityService identity, CaseRepository cases,
                               OrganizationRepository registry, StabilityLedger ledger, WarningRecipients recipients,
                               WarningMailComposer composer, MailDispatcher mails) {
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
        this.registry = registry;
        this.ledger = ledger;
        this.recipients = recipients;
        this.composer = composer;
        this.mails = mails;
    }

    // ---- events ------------------------------------------------------------------------------

    /**
     * Starts process early-warning for the case (business key: the case number).
     *
     * @param reason why, in Chinese; null: described from the case (indicators, people involved)
     * @return the process instance id
     */
    public String start(long caseId, RiskLevel level, String reason, String eventId, MailKind kind) {
        ledger.lockCase(caseId);
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        if (kind == MailKind.ESCALATION) {
            // The risk rose: the case is active (again, after a rebound reopened it).
            ledger.forgetCaseEnd(caseId);
        }
        boolean tracking = asSystem(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(c.caseNumber()).variableValueEquals(TRACKING, true).count() == 0);
        boolean ended = ledger.findCaseEnd(caseId).isPresent();
        String group = registry.findOfficeOfTown(c.townCode()).map(JusticeOffice::groupId)
                .orElse(RoleGroup.GRASSROOTS_SECTION.groupId());
        VariableMap variables = Variables.createVariables()
                .putValue(CASE_ID, caseId)
                .putValue(CASE_NUMBER, c.caseNumber())
                .putValue(RISK_LEVEL, level.name())
                .putValue(REASON, reason == null || reason.isBlank() ? registrationReason(c, level)
                        : WarningMailComposer.mask(reason))
                .putValue(TOWN_CODE, c.townCode())
                .putValue(EVENT_ID, eventId)
                .putValue(WARNING_KIND, kind.name())
                .putValue(TRACKING, tracking)
                .putValue(CASE_ENDED, ended)
                .putValue(JUSTICE_OFFICE_GROUP, group);
        String id = asSystem(() -> runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(c.caseNumber())
                .setVariables(variables).execute().getId());
        log.info("Early warning {} for case {} ({}, {}): process instance {}", eventId, c.caseNumber(), level,
                tracking ? "tracking the case" : "escalation", id);
        return id;
    }

    /** The case ended: recorded, and the warning process waiting for it is told (message caseEnded). */
    public void caseEnded(long caseId, String status, String outcome) {
        ledger.lockCase(caseId);
        ledger.recordCaseEnd(caseId, status, outcome, CaseTime.now());
        String caseNumber = cases.findById(caseId).map(CaseFile::caseNumber).orElseThrow();
        asSystem(() -> {
            List<Execution> waiting = runtime.createExecutionQuery().processDefinitionKey(PROCESS_KEY)
                    .messageEventSubscriptionName(CASE_ENDED_MESSAGE).processInstanceBusinessKey(caseNumber)
                    .list();
            for (Execution execution : waiting) {
                runtime.messageEventReceived(CASE_ENDED_MESSAGE, execution.getId(), Variables.createVariables()
                        .putValue(CASE_STATUS, status).putValue(CASE_OUTCOME, outcome));
            }
            return waiting.size();
        });
    }

    /** The registration's reason: level, indicators and people involved. */
    String registrationReason(CaseFile c, RiskLevel level) {
        Set<RiskIndicator> indicators = cases.findIndicators(c.id());
        StringBuilder s = new StringBuilder("受理登记时研判为").append(level.label());
        if (!indicators.isEmpty()) {
            s.append("：").append(indicators.stream().map(RiskIndicator::label).collect(Collectors.joining("、")));
        }
        if (c.peopleInvolved() != null && c.peopleInvolved() >= 5) {
            s.append(indicators.isEmpty() ? "：" : "；").append("涉及").append(c.peopleInvolved()).append("人");
        }
        if (c.sensitivePeriod()) {
            s.append("；重要敏感时期");
        }
        return s.toString();
    }

    // ---- steps of the process ----------------------------------------------------------------

    /**
     * 登记专门台账: enters or updates the ledger entry and its plan.
     *
     * @return whether the contingency plan is to be started (contingencyNeeded)
     */
    public boolean enterLedger(long caseId, RiskLevel level, String reason) {
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        String responsible = registry.findOfficeOfTown(c.townCode()).map(o -> o.name() + "负责人")
                .orElse("镇（街道）司法所负责人");
        StabilityLedger.Entered entered = ledger.enter(caseId, c.caseNumber(), c.townCode(), level, reason,
                WarningMailComposer.recommendation(level), responsible, CaseTime.now());
        return entered.contingencyNeeded();
    }

    /** 确定预警对象: the recipients of the case's town at that level, encoded ("email|name"). */
    public List<String> warningRecipients(long caseId, RiskLevel level) {
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        List<String> to = recipients.encoded(c.townCode(), level);
        if (to.isEmpty()) {
            log.warn("Case {}: the registry has no e-mail address to warn in town {}", c.caseNumber(), c.townCode());
        }
        return to;
    }

    /** 发送预警邮件: one recipient (the multi-instance element, encoded), at most once per event. */
    public void sendWarningMail(long caseId, String recipient, MailKind kind, RiskLevel level, String reason,
                                String eventId, String processInstanceId) {
        Recipient to = Recipient.decode(recipient);
        WarningMailComposer.Mail mail = composer.compose(caseId, kind, level, reason, to, processInstanceId);
        mails.sendOnce(new MailDispatcher.OutgoingMail(new MailIdentity(caseId, eventId, to.email()), kind, to,
                mail.subject(), mail.body(), processInstanceId));
    }

    /** Whom the outcome is reported to, at which level, as which event. */
    public record OutcomeReport(RiskLevel level, String eventId, List<String> recipients) {
    }

    /**
     * 确定报告对象: whoever was warned at the highest level on the ledger (the warning's own level when the ledger
     * has none). The report's event is the case's end (its time), so a case that ends again after a rebound is
     * reported again, and an end only once.
     */
    public OutcomeReport outcomeReport(long caseId, RiskLevel warned) {
        RiskLevel level = ledger.find(caseId).map(e -> RiskLevel.valueOf(e.riskLevel())).orElse(warned);
        String endedAt = ledger.findCaseEnd(caseId).map(e -> String.valueOf(e.endedAt().toInstant().toEpochMilli()))
                .orElse("0");
        String town = cases.findById(caseId).map(CaseFile::townCode).orElseThrow();
        return new OutcomeReport(level, ENDED_EVENT + "-" + endedAt, recipients.encoded(town, level));
    }

    /** 报告处置结果: one recipient (encoded), at most once per event. */
    public void sendOutcomeMail(long caseId, String recipient, RiskLevel level, String eventId,
                                String processInstanceId) {
        Recipient to = Recipient.decode(recipient);
        WarningMailComposer.Mail mail = composer.compose(caseId, MailKind.OUTCOME, level, null, to,
                processInstanceId);
        mails.sendOnce(new MailDispatcher.OutgoingMail(new MailIdentity(caseId, eventId, to.email()),
                MailKind.OUTCOME, to, mail.subject(), mail.body(), processInstanceId));
    }

    /** 台账销号: the ledger entry is closed with the case's outcome. */
    public void closeLedger(long caseId) {
        StringBuilder outcome = new StringBuilder();
        ledger.findCaseEnd(caseId).ifPresent(e -> {
            outcome.append(WarningMailComposer.statusName(e.status()));
            if (e.outcome() != null) {
                outcome.append("（").append(WarningMailComposer.outcomeName(e.outcome())).append("）");
            }
        });
        ledger.close(caseId, outcome.isEmpty() ? "已办结" : outcome.toString(), CaseTime.now());
    }

    private <T> T asSystem(Supplier<T> work) {
        return SystemAuthority.call(identity, work);
    }
}
