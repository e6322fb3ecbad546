package cn.jiyuan.mediation.disputecase;

import static cn.jiyuan.mediation.disputecase.DisputeCaseVariables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.MediationOutcome;
import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.forms.FormValues;
import cn.jiyuan.mediation.disputecase.MediationLifecycleService.Reassessment;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.referral.CaseReferralVariables;

/**
 * The thin delegates and task listeners of processes/dispute-case.bpmn (referenced as
 * {@code ${beanName}}): they read the form's variables, call {@link MediationLifecycleService}, set the
 * routing variables and remove the consumed form fields (the records live in the case tables).
 */
@Configuration(proxyBeanMethods = false)
public class DisputeCaseDelegates {

    static final String MEDIATION_FORM = "mediation-outcome";

    private final CaseOfProcess caseOf;

    public DisputeCaseDelegates(CaseOfProcess caseOf) {
        this.caseOf = caseOf;
    }

    /**
     * mediate, create: the previous action is cleared, and the task goes back to the mediator who completed the
     * last one (not after a hand-over: then the new committee claims it). The case at a glance is not stored on
     * the task: the form gets it, with the parties' data, when it is opened (security.engineapi.CaseSummaryField).
     */
    @Bean
    public TaskListener mediationCreated() {
        return task -> {
            // the last action has routed: the form must not offer it again as its default
            task.getExecution().removeVariable(MEDIATION_ACTION);
            assignToMediator(task);
        };
    }

    /** 司法确认 and 回访, create: the task goes to the mediator who concluded the mediation (the committee can take it). */
    @Bean
    public TaskListener agreementTaskCreated() {
        return DisputeCaseDelegates::assignToMediator;
    }

    private static void assignToMediator(org.camunda.bpm.engine.delegate.DelegateTask task) {
        if (task.getVariable(MEDIATOR) instanceof String mediator && task.getAssignee() == null) {
            task.setAssignee(mediator);
        }
    }

    /** mediate, complete: checks the chosen action and records the session (only the form's own fields are read). */
    @Bean
    public TaskListener mediationCompleted(MediationLifecycleService lifecycle, FormCatalog forms) {
        return task -> {
            DelegateExecution execution = task.getExecution();
            long caseId = caseOf.id(task);
            Map<String, Object> form = forms.submitted(MEDIATION_FORM, task);
            MediationLifecycleService.Action action = lifecycle.completeMediation(caseId, form, extendedDays(task));
            if (action == MediationLifecycleService.Action.REFER_OUT) {
                // the referral and its letter are recorded now; case-referral mails the letter and awaits the answer
                execution.setVariable(REFERRAL_ID, lifecycle.referOut(caseId, form));
                // nothing of a conclusion travels along a referral: the answer decides the outcome
                remove(execution, OUTCOME, OUTCOME_NOTES);
                remove(execution, MediationLifecycleService.AGREEMENT_FIELDS.toArray(String[]::new));
            }
            remove(execution, CaseReferralVariables.REFER_FIELDS.toArray(String[]::new));
            remove(execution, MediationLifecycleService.SESSION_FIELDS.toArray(String[]::new));
            // the parties' particulars are in case_party now (or were not asked for): never kept in the engine
            remove(execution, AgreementParties.FIELDS.toArray(String[]::new));
            // Tasklist submits the read-only summary too, onto the process: it is only for the open task
            execution.removeVariable(CASE_SUMMARY);
            // who mediated: the assignee, or whoever completed the task without claiming it first
            String mediator = task.getAssignee() != null ? task.getAssignee()
                    : SystemAuthority.actingUser(task.getProcessEngineServices().getIdentityService());
            if (action == MediationLifecycleService.Action.HAND_OVER || mediator == null) {
                execution.removeVariable(MEDIATOR);
            } else {
                execution.setVariable(MEDIATOR, mediator);
            }
        };
    }

    /** 延长调解期限. */
    @Bean
    public JavaDelegate extendDeadline(MediationLifecycleService lifecycle) {
        return execution -> {
            int days = FormValues.integer(execution.getVariable(MediationLifecycleService.EXTENSION_DAYS), "延长天数");
            LocalDate deadline = lifecycle.extendDeadline(caseId(execution), days,
                    FormValues.text(execution.getVariable(MediationLifecycleService.EXTENSION_REASON)));
            execution.setVariable(DEADLINE, CaseTime.endOf(deadline));
            execution.setVariable(EXTENDED_DAYS, extendedDays(execution) + days);
            remove(execution, MediationLifecycleService.EXTENSION_FIELDS.toArray(String[]::new));
        };
    }

    /** 移交上一级调委会: the new committee's group gets the mediate task. */
    @Bean
    public JavaDelegate handOver(MediationLifecycleService lifecycle) {
        return execution -> {
            Committee next = lifecycle.handOver(caseId(execution),
                    FormValues.text(execution.getVariable(MediationLifecycleService.HAND_OVER_REASON)));
            execution.setVariable(HANDLING_LEVEL, HandlingLevel.of(next.type()).name());
            execution.setVariable(COMMITTEE_CODE, next.code());
            execution.setVariable(CANDIDATE_GROUP, next.groupId());
            remove(execution, MediationLifecycleService.HAND_OVER_REASON);
        };
    }

    /** 期限届满前提醒 (once per deadline, although the timer is re-created when the task is re-entered). */
    @Bean
    public JavaDelegate remindDeadline(MediationLifecycleService lifecycle) {
        return execution -> {
            Object deadline = execution.getVariable(DEADLINE);
            if (!Objects.equals(deadline, execution.getVariable(REMINDED_DEADLINE))) {
                lifecycle.remindDeadline(caseId(execution), execution.getProcessInstanceId());
                execution.setVariable(REMINDED_DEADLINE, deadline);
            }
        };
    }

    /** 登记超期: starts the supervision once per deadline. */
    @Bean
    public JavaDelegate checkOverdue(MediationLifecycleService lifecycle) {
        return execution -> {
            Object deadline = execution.getVariable(DEADLINE);
            boolean newly = !Objects.equals(deadline, execution.getVariable(SUPERVISED_DEADLINE));
            if (newly) {
                lifecycle.recordOverdue(caseId(execution));
                execution.setVariable(SUPERVISED_DEADLINE, deadline);
            }
            execution.setVariable(NEWLY_OVERDUE, newly);
        };
    }

    /** 督办超期案件, complete: the supervisor's opinion goes into the history. */
    @Bean
    public TaskListener supervisionCompleted(MediationLifecycleService lifecycle) {
        return task -> {
            String by = "superviseByJusticeOffice".equals(task.getTaskDefinitionKey()) ? "司法所" : "市级人民调解中心";
            lifecycle.recordSupervision(caseId(task), by, FormValues.text(task.getVariable(SUPERVISION_OPINION)));
            remove(task.getExecution(), SUPERVISION_OPINION);
        };
    }

    /** 记录调解结果: agreement (with the PDF of a written one), no agreement or withdrawal. */
    @Bean
    public JavaDelegate recordMediationOutcome(MediationLifecycleService lifecycle, FormCatalog forms) {
        return execution -> {
            MediationOutcome outcome = MediationOutcome.valueOf(String.valueOf(execution.getVariable(OUTCOME)));
            long caseId = caseId(execution);
            if (outcome == MediationOutcome.AGREEMENT_WRITTEN || outcome == MediationOutcome.AGREEMENT_ORAL) {
                MediationLifecycleService.RecordedAgreement agreement = lifecycle.recordAgreement(caseId, outcome,
                        forms.submitted(MEDIATION_FORM, execution));
                execution.setVariable(AGREEMENT_ID, agreement.agreementId());
                // only the id: the forms after the agreement link to the PDF, which is served with the case's rules
                execution.setVariable(AGREEMENT_DOCUMENT_ID, agreement.documentId());
                execution.setVariable(FOLLOW_UP_RESULT, null);
                execution.setVariable(REFERRED, false);
            } else {
                execution.setVariable(REFERRED, lifecycle.recordEndOfMediation(caseId, outcome,
                        FormValues.text(execution.getVariable(OUTCOME_NOTES))));
            }
            remove(execution, MediationLifecycleService.AGREEMENT_FIELDS.toArray(String[]::new));
        };
    }

    /** 告知移送单位调解结果, complete. */
    @Bean
    public TaskListener referralNoticeCompleted(MediationLifecycleService lifecycle) {
        return task -> {
            lifecycle.recordReferralNotice(caseId(task), FormValues.text(task.getVariable(NOTICE_METHOD)),
                    FormValues.text(task.getVariable(NOTICE_NOTES)));
            remove(task.getExecution(), NOTICE_METHOD, NOTICE_NOTES);
        };
    }

    /** 记录司法确认申请, complete. */
    @Bean
    public TaskListener judicialConfirmationCompleted(MediationLifecycleService lifecycle) {
        return task -> {
            lifecycle.recordJudicialConfirmation(caseId(task), ((Number) task.getVariable(AGREEMENT_ID)).longValue(),
                    FormValues.bool(task.getVariable(JUDICIAL_CONFIRMATION_APPLIED)),
                    FormValues.date(task.getVariable(JUDICIAL_CONFIRMATION_DATE), "申请日期"),
                    FormValues.text(task.getVariable(JUDICIAL_CONFIRMATION_NOTES)));
            remove(task.getExecution(), JUDICIAL_CONFIRMATION_APPLIED, JUDICIAL_CONFIRMATION_DATE,
                    JUDICIAL_CONFIRMATION_NOTES, CASE_SUMMARY);
        };
    }

    @Bean
    public JavaDelegate remindJudicialConfirmation(MediationLifecycleService lifecycle) {
        return execution -> lifecycle.remindJudicialConfirmation(caseId(execution), execution.getProcessInstanceId());
    }

    @Bean
    public JavaDelegate judicialConfirmationLapsed(MediationLifecycleService lifecycle) {
        return execution -> lifecycle.judicialConfirmationLapsed(caseId(execution));
    }

    /** 安排回访. */
    @Bean
    public JavaDelegate planFollowUps(MediationLifecycleService lifecycle) {
        return execution -> lifecycle.planFollowUps(caseId(execution),
                ((Number) execution.getVariable(AGREEMENT_ID)).longValue());
    }

    /** 回访, complete: the visit's result (routing) and notes (recorded). */
    @Bean
    public TaskListener followUpCompleted(MediationLifecycleService lifecycle) {
        return task -> {
            lifecycle.recordVisit(caseId(task), ((Number) task.getVariable(FOLLOW_UP_ID)).longValue(),
                    task.getVariable(FOLLOW_UP_RESULT), FormValues.text(task.getVariable(FOLLOW_UP_NOTES)));
            remove(task.getExecution(), FOLLOW_UP_NOTES, CASE_SUMMARY);
        };
    }

    /** 反弹重新调解: risk reassessed and raised, new deadline. */
    @Bean
    public JavaDelegate reopenMediation(MediationLifecycleService lifecycle) {
        return execution -> {
            Reassessment r = lifecycle.reopenAfterRebound(caseId(execution));
            execution.setVariable(RISK_LEVEL, r.riskLevel().name());
            execution.setVariable(EARLY_WARNING, r.earlyWarning());
            execution.setVariable(DEADLINE, CaseTime.endOf(r.deadline()));
            execution.setVariable(EXTENDED_DAYS, 0);
            remove(execution, AGREEMENT_ID, AGREEMENT_DOCUMENT_ID, FOLLOW_UP_RESULT, OUTCOME, MEDIATION_ACTION,
                    REFERRED);
        };
    }

    /** 结案归档. */
    @Bean
    public JavaDelegate closeCase(MediationLifecycleService lifecycle) {
        return execution -> lifecycle.close(caseId(execution));
    }

    /** 首次联系提醒 (green channel, noon of the due day): the mediator is reminded unless the first contact is recorded. */
    @Bean
    public JavaDelegate remindFirstContact(GreenChannelFirstContact firstContact) {
        return execution -> firstContactRouting(execution, firstContact.remindUnlessMade(caseId(execution),
                execution.getProcessInstanceId(), (Date) execution.getVariable(START_BY)));
    }

    /** 登记首次联系超期 (green channel, end of the due day): a miss is noted, the justice office supervises. */
    @Bean
    public JavaDelegate checkFirstContact(GreenChannelFirstContact firstContact) {
        return execution -> firstContactRouting(execution, firstContact.recordMissUnlessMade(caseId(execution),
                execution.getProcessInstanceId(), (Date) execution.getVariable(START_BY)));
    }

    /** 督办涉企绿色通道案件, complete: the supervisor's opinion goes into the history. */
    @Bean
    public TaskListener firstContactSupervised(GreenChannelFirstContact firstContact) {
        return task -> {
            firstContact.recordSupervision(caseId(task), FormValues.text(task.getVariable(SUPERVISION_OPINION)));
            remove(task.getExecution(), SUPERVISION_OPINION);
        };
    }

    /**
     * Routes the first-contact branch; once the contact is made, the due date is cleared (not removed: the mediate
     * task reads it), so that a re-entered mediate task has no stale follow-up date and a mediation reopened after a
     * rebound does not watch the first contact again.
     */
    private static void firstContactRouting(DelegateExecution execution, boolean made) {
        execution.setVariable(FIRST_CONTACT_MADE, made);
        if (made) {
            execution.setVariable(START_BY, null);
        }
    }

    private long caseId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return caseOf.id(scope);
    }

    private static void remove(DelegateExecution execution, String... names) {
        for (String name : names) {
            execution.removeVariable(name);
        }
    }
}
