package cn.jiyuan.mediation.caselist;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;

/**
 * The case a process instance works on, for the case link of a Tasklist task (which names only the instance): the
 * dispute-case instance of the case, or any instance whose business key is a case number (early warning). The
 * engine is asked without a user, so the caller decides with the case access policy who may see the case.
 */
@Component
class CaseOfInstance {

    static final String INTAKE_PROCESS = "case-intake";

    private final JdbcTemplate jdbc;
    private final CaseRepository cases;
    private final HistoryService history;
    private final TaskService tasks;

    CaseOfInstance(JdbcTemplate jdbc, CaseRepository cases, HistoryService history, TaskService tasks) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.history = history;
        this.tasks = tasks;
    }

    Optional<CaseFile> find(String processInstanceId) {
        List<Long> ids = jdbc.queryForList("select id from case_file where process_instance_id = ?", Long.class,
                processInstanceId);
        if (!ids.isEmpty()) {
            return cases.findById(ids.get(0));
        }
        return instance(processInstanceId).map(HistoricProcessInstance::getBusinessKey)
                .flatMap(cases::findByNumber);
    }

    /** The case of a task's process (a running task; a completed one has no case link in Tasklist either). */
    Optional<CaseFile> ofTask(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .map(org.camunda.bpm.engine.task.Task::getProcessInstanceId).flatMap(this::find);
    }

    /**
     * The case registered by an intake process that the user started.
     *
     * @return empty when there is no such intake of this user; the case id, or null while the intake waits for a
     *         correction
     */
    Optional<Optional<Long>> registeredBy(String processInstanceId, String userId) {
        return instance(processInstanceId)
                .filter(p -> INTAKE_PROCESS.equals(p.getProcessDefinitionKey()) && userId.equals(p.getStartUserId()))
                .map(p -> history.createHistoricVariableInstanceQuery().processInstanceId(p.getId())
                        .variableName("caseId").list().stream().map(HistoricVariableInstance::getValue)
                        .filter(Number.class::isInstance).map(v -> ((Number) v).longValue()).findFirst());
    }

    private Optional<HistoricProcessInstance> instance(String processInstanceId) {
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult());
    }
}
