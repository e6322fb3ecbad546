package cn.jiyuan.mediation.organization.identity;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The engine authorizations of each role group (authorization checks are on). Grants are added, never
 * taken away, so that what an administrator granted in Admin survives a restart.
 */
@Component
public class AuthorizationGrants {

    private static final String ALL = Authorization.ANY;

    private final AuthorizationService authorizations;

    public AuthorizationGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void grantRoleDefaults() {
        for (RoleGroup role : RoleGroup.values()) {
            grantWorker(role.groupId());
        }
        // The city centre works cases like a committee; its group comes from the registry.
        grantWorker(cn.jiyuan.mediation.organization.Committee.CITY_CENTER_GROUP);
        grantSupervisor(RoleGroup.JUSTICE_OFFICE_STAFF.groupId());
        grantSupervisor(RoleGroup.GRASSROOTS_SECTION.groupId());
    }

    /** Works tasks in Tasklist and starts cases and screening reports. */
    private void grantWorker(String groupId) {
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, ALL, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(groupId, Resources.PROCESS_INSTANCE, ALL, Permissions.CREATE);
        grant(groupId, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.CREATE_INSTANCE);
        // Tasklist shows who a task is assigned to and lets a director pick a colleague.
        grant(groupId, Resources.USER, ALL, Permissions.READ);
        grant(groupId, Resources.GROUP, ALL, Permissions.READ);
    }

    /** Follows every case in Cockpit (read only) on top of working tasks. */
    private void grantSupervisor(String groupId) {
        grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, ALL, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(groupId, Resources.PROCESS_INSTANCE, ALL, Permissions.READ);
        grant(groupId, Resources.TASK, ALL, Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, ALL, Permissions.READ_HISTORY);
        grant(groupId, Resources.DEPLOYMENT, ALL, Permissions.READ);
    }

    /** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (auth == null) {
            auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(auth::isPermissionGranted)) {
            return;
        }
        for (Permission p : permissions) {
            auth.addPermission(p);
        }
        authorizations.saveAuthorization(auth);
    }
}
