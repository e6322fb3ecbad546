package cn.jiyuan.mediation.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.platform.SystemAuthority;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;

/**
 * Finds the case a request concerned: from a case reference of the project's API, or through an engine
 * object (task, process instance, job, variable…) to its process instance and that instance's business key,
 * which is the case number for processes dispute-case, early-warning and online-application. The business key is where the
 * process keeps its case identity and no user can write it; a {@code caseId} process variable is not trusted.
 *
 * <p>The engine is asked as the system (no authenticated user, so no authorization checks): the audit names
 * the case even when the caller was not allowed to see it. Running instances are looked up first, then
 * history, so that a completed task or an ended instance still leads to its case.
 */
@Component
class CaseLookup {

    /** Processes whose business key is a case number. */
    static final Set<String> CASE_PROCESSES = Set.of("dispute-case", "early-warning", "online-application", "case-referral");
    /** A query naming more objects than this is resolved for the first ones only. */
    static final int MAX_OBJECTS = 50;

    private final CaseRepository cases;
    private final IdentityService identity;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final ExternalTaskService externalTasks;
    private final RepositoryService repository;

    CaseLookup(CaseRepository cases, IdentityService identity, TaskService tasks, RuntimeService runtime,
               HistoryService history, ManagementService management, ExternalTaskService externalTasks,
               RepositoryService repository) {
        this.cases = cases;
        this.identity = identity;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.management = management;
        this.externalTasks = externalTasks;
        this.repository = repository;
    }

    /** @param reference a case id (digits) or case number, as in {@code /api/cases/{reference}} */
    Optional<AuditedCase> byReference(String reference) {
        if (reference == null || reference.isEmpty() || reference.length() > 100) {
            return Optional.empty();
        }
        Optional<CaseFile> found = reference.chars().allMatch(Character::isDigit) && reference.length() <= 18
                ? cases.findById(Long.parseLong(reference)) : cases.findByNumber(reference);
        return found.map(c -> new AuditedCase(c.id(), c.caseNumber()));
    }

    Optional<AuditedCase> byId(long caseId) {
        return cases.findById(caseId).map(c -> new AuditedCase(c.id(), c.caseNumber()));
    }

    /** The distinct cases of the objects, in order. */
    List<AuditedCase> byEngineObjects(List<EngineObject> objects) {
        return asSystem(() -> {
            Set<String> processInstances = new LinkedHashSet<>();
            objects.stream().distinct().limit(MAX_OBJECTS).forEach(o -> {
                String pid = processInstanceOf(o);
                if (pid != null) {
                    processInstances.add(pid);
                }
            });
            Map<Long, AuditedCase> found = new LinkedHashMap<>();
            for (String pid : processInstances) {
                caseOfProcessInstance(pid).ifPresent(c -> found.putIfAbsent(c.id(), c));
            }
            return new ArrayList<>(found.values());
        });
    }

    private String processInstanceOf(EngineObject o) {
        String id = o.id();
        return switch (o.kind()) {
            case PROCESS_INSTANCE -> id;
            case TASK -> {
                Task task = tasks.createTaskQuery().taskId(id).singleResult();
                if (task != null) {
                    yield task.getProcessInstanceId();
                }
                HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
                yield done == null ? null : done.getProcessInstanceId();
            }
            case EXECUTION -> {
                Execution execution = runtime.createExecutionQuery().executionId(id).singleResult();
                yield execution == null ? null : execution.getProcessInstanceId();
            }
            case JOB -> {
                Job job = management.createJobQuery().jobId(id).singleResult();
                if (job != null) {
                    yield job.getProcessInstanceId();
                }
                List<HistoricJobLog> log = history.createHistoricJobLogQuery().jobId(id).listPage(0, 1);
                yield log.isEmpty() ? null : log.get(0).getProcessInstanceId();
            }
            case EXTERNAL_TASK -> {
                ExternalTask task = externalTasks.createExternalTaskQuery().externalTaskId(id).singleResult();
                yield task == null ? null : task.getProcessInstanceId();
            }
            case INCIDENT -> {
                Incident incident = runtime.createIncidentQuery().incidentId(id).singleResult();
                yield incident == null ? null : incident.getProcessInstanceId();
            }
            case VARIABLE, HISTORIC_VARIABLE -> {
                // runtime and historic variable instances share their ids
                VariableInstance variable = runtime.createVariableInstanceQuery().variableId(id)
                        .disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
                if (variable != null) {
                    yield variable.getProcessInstanceId();
                }
                HistoricVariableInstance old = history.createHistoricVariableInstanceQuery().variableId(id)
                        .disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
                yield old == null ? null : old.getProcessInstanceId();
            }
            case HISTORIC_DETAIL -> {
                HistoricDetail detail = history.createHistoricDetailQuery().detailId(id).disableBinaryFetching()
                        .disableCustomObjectDeserialization().singleResult();
                yield detail == null ? null : detail.getProcessInstanceId();
            }
        };
    }

    private Optional<AuditedCase> caseOfProcessInstance(String pid) {
        HistoricProcessInstance h = history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
        if (h != null) {
            Optional<AuditedCase> own = caseOfBusinessKey(h.getProcessDefinitionKey(), h.getBusinessKey());
            if (own.isPresent() || h.getRootProcessInstanceId() == null || h.getRootProcessInstanceId().equals(pid)) {
                return own;
            }
            HistoricProcessInstance root = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(h.getRootProcessInstanceId()).singleResult();
            return root == null ? Optional.empty()
                    : caseOfBusinessKey(root.getProcessDefinitionKey(), root.getBusinessKey());
        }
        // history below "activity" keeps no process instances: the running one may still say it
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        if (running == null) {
            return Optional.empty();
        }
        String key = repository.getProcessDefinition(running.getProcessDefinitionId()).getKey();
        return caseOfBusinessKey(key, running.getBusinessKey());
    }

    private Optional<AuditedCase> caseOfBusinessKey(String processDefinitionKey, String businessKey) {
        if (businessKey == null || !CASE_PROCESSES.contains(processDefinitionKey)) {
            return Optional.empty();
        }
        return cases.findByNumber(businessKey).map(c -> new AuditedCase(c.id(), c.caseNumber()));
    }

    /** Engine queries without the caller's authentication, which is put back afterwards. */
    private <T> T asSystem(Supplier<T> work) {
        return SystemAuthority.call(identity, work);
    }
}
