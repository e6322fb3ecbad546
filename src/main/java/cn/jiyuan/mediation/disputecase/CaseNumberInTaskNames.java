package cn.jiyuan.mediation.disputecase;

import java.util.ArrayList;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A mediator's task carries its case number in Tasklist ("调解 （2026）克井镇调字第1号"), while the diagram in
 * Cockpit shows the plain task name: the number is added to the task's name when the task is created, from the
 * business key (the case number) of the processes that work on one case, instead of a {@code ${caseNumber}}
 * expression in the model, which Cockpit's diagram would print literally.
 */
@Component
public class CaseNumberInTaskNames extends AbstractProcessEnginePlugin {

    /** Processes whose business key is the case number. */
    static final Set<String> CASE_PROCESSES = Set.of("dispute-case", "early-warning", "online-application", "case-referral");

    private static final TaskListener ADD_CASE_NUMBER = CaseNumberInTaskNames::addCaseNumber;

    static void addCaseNumber(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (caseNumber != null && task.getName() != null && !task.getName().endsWith(caseNumber)) {
            task.setName(task.getName() + " " + caseNumber);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (CASE_PROCESSES.contains(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ADD_CASE_NUMBER);
                }
            }
        });
    }

}
