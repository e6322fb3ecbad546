package cn.jiyuan.mediation.security.engineapi;

import java.util.Optional;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.platform.SystemAuthority;

/**
 * Finds which form a task or a process start uses, and the task's context, as the platform (the user's own
 * rights are checked by the engine when it answers the request itself).
 */
@Component
public class TaskForms {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final FormService forms;
    private final SystemAuthority system;
    private final HistoryService history;

    public TaskForms(TaskService tasks, RuntimeService runtime, RepositoryService repository, FormService forms,
                     SystemAuthority system, HistoryService history) {
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.forms = forms;
        this.system = system;
    }

    public Optional<VirtualFormFields.TaskView> task(String taskId) {
        return system.call(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            if (task == null) {
                return Optional.empty();
            }
            CamundaFormRef ref = task.getCamundaFormRef();
            String businessKey = null;
            String definitionKey = null;
            if (task.getProcessInstanceId() != null) {
                ProcessInstance instance = runtime.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId()).singleResult();
                businessKey = instance == null ? null : instance.getBusinessKey();
                ProcessDefinition definition = repository.getProcessDefinition(task.getProcessDefinitionId());
                definitionKey = definition.getKey();
            }
            return Optional.of(new VirtualFormFields.TaskView(task.getId(), ref == null ? null : ref.getKey(),
                    definitionKey, task.getProcessInstanceId(), businessKey, task.getTaskDefinitionKey(),
                    task.getAssignee()));
        });
    }

    /**
     * The task existed and has ended (completed, or its process moved on): the answer to a late second
     * completion is "somebody else did it", not "no such task".
     */
    public boolean wasCompleted(String taskId) {
        return system.call(() -> history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
    }

    /** The definition a start request names: by key (the latest version) or by id. */
    public Optional<ProcessDefinition> definition(String key, String id) {
        return system.call(() -> {
            if (key != null) {
                return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().list()
                        .stream().findFirst();
            }
            return repository.createProcessDefinitionQuery().processDefinitionId(id).list().stream().findFirst();
        });
    }

    /** The Camunda Form of a definition's start event, or null. */
    public String startForm(ProcessDefinition definition) {
        return system.call(() -> {
            StartFormData data = forms.getStartFormData(definition.getId());
            CamundaFormRef ref = data == null ? null : data.getCamundaFormRef();
            return ref == null ? null : ref.getKey();
        });
    }
}
