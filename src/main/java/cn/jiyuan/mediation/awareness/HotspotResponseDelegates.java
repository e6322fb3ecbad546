package cn.jiyuan.mediation.awareness;

import static cn.jiyuan.mediation.awareness.HotspotResponseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task listener and delegate of processes/hotspot-response.bpmn (referenced as {@code ${beanName}}). */
@Configuration(proxyBeanMethods = false)
public class HotspotResponseDelegates {

    /** On completing 处置纠纷高发预警: the response goes onto the alert; the free-text note leaves the process. */
    @Bean
    public TaskListener recordHotspotResponse(HotspotResponses responses) {
        return task -> {
            Object note = task.getVariable(RESPONSE_NOTE);
            responses.record(((Number) task.getVariable(ALERT_ID)).longValue(), (String) task.getVariable(RESPONSE),
                    note == null ? null : note.toString(), completedBy(task));
            task.getExecution().removeVariable(RESPONSE_NOTE);
        };
    }

    /** 发起专项排查: the town's special screening, started as the user who completed the task. */
    @Bean
    public JavaDelegate startHotspotCampaign(HotspotResponses responses) {
        return execution -> responses.startCampaign(((Number) execution.getVariable(ALERT_ID)).longValue(),
                (String) execution.getVariable(TOWN_CODE), execution.getVariable(TOPIC),
                execution.getVariable(DUE_DATE), (String) execution.getVariable(RECOMMENDED_ACTION));
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
