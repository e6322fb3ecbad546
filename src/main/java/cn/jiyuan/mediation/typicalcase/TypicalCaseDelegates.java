package cn.jiyuan.mediation.typicalcase;

import static cn.jiyuan.mediation.typicalcase.TypicalCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and task listener of processes/typical-case.bpmn (referenced as {@code ${beanName}}): they read the
 * nomination's id and the reviewer's decision and call {@link TypicalCases}; the opinion goes into typical_case and
 * leaves the process.
 */
@Configuration(proxyBeanMethods = false)
public class TypicalCaseDelegates {

    /** 司法所审核 and 基层科审核, complete: decision and opinion recorded (a bad one keeps the task open). */
    @Bean
    public TaskListener recordTypicalCaseReview(TypicalCases typicalCases) {
        return task -> {
            typicalCases.recordReview(typicalCaseId(task), task.getTaskDefinitionKey(), string(task, REVIEW_DECISION),
                    string(task, REVIEW_OPINION), completedBy(task));
            task.getExecution().removeVariable(REVIEW_OPINION);
        };
    }

    /** 发布典型案例. */
    @Bean
    public JavaDelegate publishTypicalCase(TypicalCases typicalCases) {
        return execution -> typicalCases.publish(typicalCaseId(execution));
    }

    /** 退回推荐. */
    @Bean
    public JavaDelegate returnTypicalCase(TypicalCases typicalCases) {
        return execution -> typicalCases.markReturned(typicalCaseId(execution));
    }

    /** The user completing the task (or the assignee; "system" when neither is known). */
    private static String completedBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
