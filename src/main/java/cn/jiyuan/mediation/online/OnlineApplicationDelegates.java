package cn.jiyuan.mediation.online;

import static cn.jiyuan.mediation.online.OnlineApplicationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.forms.FormValues;

/**
 * The listeners of processes/online-application.bpmn (referenced as {@code ${beanName}}). The case is the business
 * key's (the case number dispute-case passes on), never a variable; what the forms submit goes into the case tables
 * and leaves the process in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
public class OnlineApplicationDelegates {

    static final String CONTACT_FORM = "applicant-contact";

    /** 网上申请 (start): 联系网上申请人 is due at the end of the first working day after the application. */
    @Bean
    public ExecutionListener planApplicantContact(ApplicantContacts contacts, CaseOfProcess caseOf) {
        return execution -> execution.setVariable(CONTACT_DUE, contacts.contactDue(caseOf.find(execution)));
    }

    /** 联系网上申请人, complete: the contact (and an appointment agreed) is recorded with the case. */
    @Bean
    public TaskListener applicantContacted(ApplicantContacts contacts, CaseOfProcess caseOf, FormCatalog forms) {
        return task -> {
            contacts.recordContact(caseOf.id(task), forms.submitted(CONTACT_FORM, task), user(task));
            remove(task, CONTACT_RESULT, CONTACT_WAY, CONTACT_NOTES, APPOINTMENT_DATE, APPOINTMENT_TIME,
                    APPOINTMENT_PLACE);
        };
    }

    /** 督办联系网上申请人, complete: the justice office's instruction goes into the case's history. */
    @Bean
    public TaskListener applicantContactSupervised(ApplicantContacts contacts, CaseOfProcess caseOf) {
        return task -> {
            contacts.recordSupervision(caseOf.id(task), FormValues.text(task.getVariable(SUPERVISION_OPINION)));
            remove(task, SUPERVISION_OPINION);
        };
    }

    private static void remove(DelegateTask task, String... names) {
        for (String name : names) {
            task.getExecution().removeVariable(name);
        }
    }

    /** The user completing the task (the assignee when no one is authenticated, "system" when neither is known). */
    private static String user(DelegateTask task) {
        org.camunda.bpm.engine.impl.identity.Authentication current =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
