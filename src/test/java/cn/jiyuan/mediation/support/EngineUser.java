package cn.jiyuan.mediation.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Puts a user on the engine in the test's own thread as the webapps and the API filter do after a login: the
 * user with their groups and the town tenants of those groups, so that the engine's authorization and tenant
 * checks apply exactly as in Tasklist.
 */
public final class EngineUser {

    private EngineUser() {
    }

    /** The user with the groups the identity service gives them. */
    public static void login(IdentityService identity, String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        login(identity, userId, groups);
    }

    /** The user with the given groups (and their tenants). */
    public static void login(IdentityService identity, String userId, Collection<String> groups) {
        Set<String> tenants = new LinkedHashSet<>();
        identity.createTenantQuery().userMember(userId).list().forEach(t -> tenants.add(t.getId()));
        for (String group : groups) {
            identity.createTenantQuery().groupMember(group).list().stream().map(Tenant::getId).forEach(tenants::add);
        }
        identity.setAuthentication(userId, new ArrayList<>(groups), new ArrayList<>(tenants));
    }
}
