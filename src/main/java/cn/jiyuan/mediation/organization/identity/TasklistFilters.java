package cn.jiyuan.mediation.organization.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;

/**
 * The shared Tasklist filters, created or brought up to date at startup, each readable by the role
 * groups it concerns. Queries use expressions so one filter serves every user and committee.
 */
@Component
public class TasklistFilters {

    /** A filter definition: name, its query, sort priority and who sees it. */
    record Definition(String name, String description, int priority, TaskQuery query, List<String> groups) {
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationGrants grants;

    public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationGrants grants) {
        this.filters = filters;
        this.tasks = tasks;
        this.grants = grants;
    }

    List<Definition> definitions() {
        List<String> everyone = List.of(RoleGroup.MEDIATORS.groupId(), RoleGroup.COMMITTEE_DIRECTORS.groupId(),
                RoleGroup.JUSTICE_OFFICE_STAFF.groupId(), RoleGroup.GRASSROOTS_SECTION.groupId(),
                Committee.CITY_CENTER_GROUP);
        return List.of(
                new Definition("我的任务", "分配给我的待办任务", -10,
                        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone),
                // every open task of the user's committees, whether claimed (by the user or a colleague) or not:
                // a director sees all the committee's work here; what is the user's own is under 我的任务
                new Definition("本调委会待办", "我所在调委会（司法所、调解中心）的全部待办任务，含已认领的", -5,
                        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks(), everyone),
                new Definition("已超期", "已过办理期限的任务", 0,
                        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks().dueBeforeExpression("${now()}"), everyone),
                new Definition("涉企绿色通道", "涉企矛盾纠纷：第一时间受理、第一时间调处", 5,
                        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks().processVariableValueEquals("greenChannel", true),
                        everyone));
    }

    public void ensureFilters() {
        for (Definition d : definitions()) {
            Filter filter = filters.createFilterQuery().filterName(d.name()).singleResult();
            if (filter == null) {
                filter = filters.newTaskFilter(d.name());
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", d.description());
            properties.put("priority", d.priority());
            properties.put("refresh", true);
            filter.setProperties(properties);
            filter.setQuery(d.query());
            filters.saveFilter(filter);
            for (String group : d.groups()) {
                grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }
}
