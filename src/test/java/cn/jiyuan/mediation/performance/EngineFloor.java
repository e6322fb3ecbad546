package cn.jiyuan.mediation.performance;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The engine floor: the cheapest lifecycle the engine has, a process of one user task started and its task
 * completed, one thread, in the platform's own engine (same database, same configuration: history level, id
 * generator, authorization on, the platform's engine plugins and parse listeners). The model is deployed next to
 * the platform's; it is started and completed by the engine's API without a user (no authorization checks), as a
 * bare engine would be used.
 */
final class EngineFloor {

    static final String KEY = "performance-floor";

    private final ProcessEngine engine;

    EngineFloor(ProcessEngine engine) {
        this.engine = engine;
    }

    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("引擎基准").camundaHistoryTimeToLive(30)
                .startEvent("started").userTask("work").name("基准任务").endEvent("ended").done();
        engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
    }

    /** One lifecycle: start, find the task, complete it. */
    void once() {
        String pid = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
        engine.getTaskService().complete(task.getId());
    }

    /** How many lifecycles ended (history), to check that the runs were real. */
    long completed() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).completed().count();
    }
}
