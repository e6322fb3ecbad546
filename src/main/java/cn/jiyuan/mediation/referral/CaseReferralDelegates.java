package cn.jiyuan.mediation.referral;

import static cn.jiyuan.mediation.referral.CaseReferralVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.forms.FormCatalog;

/**
 * The delegates and task listeners of processes/case-referral.bpmn (referenced as {@code ${beanName}}): they read
 * the referral's id and their form's own fields and call {@link CaseReferrals}; the case is the business key's
 * ({@link CaseOfProcess}), never a variable a user could change, and the answer's texts leave the process.
 */
@Configuration(proxyBeanMethods = false)
public class CaseReferralDelegates {

    static final String ANSWER_FORM = "referral-answer";

    /** 发送移送函 (asynchronous, retried, sent once); the forms then link to the letter. */
    @Bean
    public JavaDelegate sendReferralLetter(CaseReferrals referrals) {
        return execution -> {
            referrals.sendLetter(referralId(execution), execution.getProcessInstanceId());
            execution.setVariable(LETTER_DOCUMENT_ID, referrals.letterDocumentId(referralId(execution)));
        };
    }

    /** 提醒跟进移送回复: the answer is late. */
    @Bean
    public JavaDelegate remindReferralReply(CaseReferrals referrals) {
        return execution -> referrals.remind(referralId(execution), execution.getProcessInstanceId());
    }

    /** 督办移送回复, create: the justice office takes up a referral left unanswered. */
    @Bean
    public TaskListener referralEscalated(CaseReferrals referrals) {
        return task -> referrals.escalated(referralId(task));
    }

    /** 督办移送回复, complete: the office's opinion goes into the case's history and leaves the process. */
    @Bean
    public TaskListener referralSupervised(CaseReferrals referrals) {
        return task -> {
            referrals.recordSupervision(referralId(task), task.getVariable(SUPERVISION_OPINION));
            task.getExecution().removeVariable(SUPERVISION_OPINION);
            task.getExecution().removeVariable(SUMMARY);
        };
    }

    /**
     * 登记移送回复, complete: the answer is recorded; the case's outcome (REFERRED: taken over) or its new deadline
     * (returned, declined) goes back to dispute-case.
     */
    @Bean
    public TaskListener referralAnswered(CaseReferrals referrals, FormCatalog forms, CaseOfProcess caseOf) {
        return task -> {
            DelegateExecution execution = task.getExecution();
            CaseReferrals.Answer answer = referrals.answer(referralId(task), caseOf.id(task),
                    forms.submitted(ANSWER_FORM, task));
            ANSWER_FIELDS.forEach(execution::removeVariable);
            execution.removeVariable(SUMMARY);
            if (answer.outcome().concludes()) {
                execution.setVariable(OUTCOME, REFERRED);
            } else {
                execution.removeVariable(OUTCOME);
                execution.setVariable(DEADLINE, CaseTime.endOf(answer.newDeadline()));
            }
        };
    }
}
