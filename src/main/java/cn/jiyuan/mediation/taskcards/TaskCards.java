package cn.jiyuan.mediation.taskcards;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseAccessPolicy;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.SystemAuthority;

/**
 * Builds the task cards of Tasklist's list for the logged-in user. Which tasks the user gets a card for is the
 * engine's decision (the task query runs with the user's authorizations, so a task the user may not see gets no
 * card); whether the parties are shown in full is {@link CaseAccessPolicy}'s, as on the case summary.
 */
@Service
public class TaskCards {

    /** At most this many cards per request (Tasklist shows 15 tasks a page). */
    static final int MAX_TASKS = 50;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final SystemAuthority system;
    private final CaseRepository cases;
    private final CaseAccessPolicy access;

    public TaskCards(TaskService tasks, RuntimeService runtime, IdentityService identity, SystemAuthority system,
                     CaseRepository cases, CaseAccessPolicy access) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.system = system;
        this.cases = cases;
        this.access = access;
    }

    /**
     * @param userId the logged-in user (the webapp session's), with its groups and tenants: the engine is asked as
     *               this user, and the parties are shown in full only to those who handle or supervise the case
     * @return a card per task the viewer may see, in the order asked
     */
    public List<TaskCard> cards(String userId, List<String> groupIds, List<String> tenantIds, List<String> taskIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(taskIds));
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_TASKS) {
            ids = ids.subList(0, MAX_TASKS);
        }
        List<Task> visible = asViewer(userId, groupIds, tenantIds, ids);
        Map<String, String> businessKeys = businessKeys(visible);
        AuthenticatedUser user = new AuthenticatedUser(userId, groupIds);
        Map<String, TaskCard> byId = new HashMap<>();
        for (Task task : visible) {
            Optional<CaseFile> c = Optional.ofNullable(businessKeys.get(task.getProcessInstanceId()))
                    .flatMap(cases::findByNumber);
            byId.put(task.getId(), card(task, c.orElse(null), user));
        }
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    private List<Task> asViewer(String userId, List<String> groupIds, List<String> tenantIds, List<String> ids) {
        org.camunda.bpm.engine.impl.identity.Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(userId, groupIds, tenantIds);
        try {
            return tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }

    /** Business keys (the case number) of the tasks' processes, read by the platform (the user saw the tasks). */
    private Map<String, String> businessKeys(List<Task> visible) {
        String[] instanceIds = visible.stream().map(Task::getProcessInstanceId).filter(id -> id != null).distinct()
                .toArray(String[]::new);
        if (instanceIds.length == 0) {
            return Map.of();
        }
        return system.call(() -> {
            Map<String, String> keys = new HashMap<>();
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .processInstanceIds(new java.util.HashSet<>(List.of(instanceIds))).list()) {
                if (instance.getBusinessKey() != null) {
                    keys.put(instance.getId(), instance.getBusinessKey());
                }
            }
            return keys;
        });
    }

    private TaskCard card(Task task, CaseFile c, AuthenticatedUser user) {
        Date due = task.getDueDate();
        String shownDue = CaseTime.shownDay(due);
        boolean overdue = due != null && due.before(new Date());
        if (c == null) {
            return new TaskCard(task.getId(), null, null, null, false, List.of(), false, shownDue, overdue, false);
        }
        boolean full = access.mayReadPersonalData(user, c);
        List<String> parties = new ArrayList<>();
        for (CaseParty p : cases.findParties(c.id())) {
            parties.add(p.role().label() + " " + (full ? p.name() : PersonalDataMasking.name(p.name())));
        }
        String risk = c.riskLevel() == RiskLevel.HIGH || c.riskLevel() == RiskLevel.CRITICAL ? c.riskLevel().label()
                : null;
        return new TaskCard(task.getId(), c.caseNumber(), c.category().label(), risk, c.greenChannel(), parties, !full,
                shownDue, overdue, c.channel() == IntakeChannel.ONLINE);
    }
}
