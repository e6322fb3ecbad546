package cn.jiyuan.mediation.organization.identity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.SystemAuthority;

/**
 * One engine tenant per town (tenant id = the town's code, name = the town's name): the process instances of a
 * case, its warnings and a unit's screening reports belong to the tenant of their town (see
 * {@code security.TownTenantIdProvider}), and the engine shows a user only the instances, tasks, variables,
 * jobs and history of the tenants their groups belong to. Memberships follow the registry:
 * <ul>
 * <li>a village or town committee's group and a justice office's group belong to their town's tenant;</li>
 * <li>industry committees, the city centre and the grassroots section work or supervise cases anywhere and
 * belong to every tenant.</li>
 * </ul>
 * Administrators (camunda-admin) are not checked by tenant. A mediator who moves committee, or a committee whose
 * town changes, gets the new scope at the next synchronization (webapp sessions pick it up when Camunda
 * refreshes the login, every five minutes by default).
 */
@Component
public class TownTenants {

    private static final Logger log = LoggerFactory.getLogger(TownTenants.class);

    private final IdentityService identity;
    private final OrganizationRepository registry;

    public TownTenants(IdentityService identity, OrganizationRepository registry) {
        this.identity = identity;
        this.registry = registry;
    }

    /** @return tenants and memberships written plus memberships removed */
    public int synchronize() {
        return SystemAuthority.call(identity, this::doSynchronize);
    }

    private int doSynchronize() {
        Map<String, String> towns = new LinkedHashMap<>();
        registry.findUnits(UnitLevel.TOWN, null).forEach(t -> towns.put(t.code(), t.name()));
        int changes = 0;
        Map<String, Tenant> existing = identity.createTenantQuery().list().stream()
                .collect(Collectors.toMap(Tenant::getId, t -> t));
        for (Map.Entry<String, String> town : towns.entrySet()) {
            Tenant tenant = existing.get(town.getKey());
            if (tenant != null && Objects.equals(tenant.getName(), town.getValue())) {
                continue;
            }
            if (tenant == null) {
                tenant = identity.newTenant(town.getKey());
            }
            tenant.setName(town.getValue());
            identity.saveTenant(tenant);
            changes++;
        }

        Map<String, Set<String>> wanted = desiredMemberships(towns.keySet());
        for (Map.Entry<String, Set<String>> entry : wanted.entrySet()) {
            String groupId = entry.getKey();
            if (identity.createGroupQuery().groupId(groupId).count() == 0) {
                continue;
            }
            Set<String> current = identity.createTenantQuery().groupMember(groupId).list().stream()
                    .map(Tenant::getId).collect(Collectors.toSet());
            for (String tenantId : entry.getValue()) {
                if (!current.contains(tenantId)) {
                    identity.createTenantGroupMembership(tenantId, groupId);
                    changes++;
                }
            }
            for (String tenantId : current) {
                if (!entry.getValue().contains(tenantId)) {
                    identity.deleteTenantGroupMembership(tenantId, groupId);
                    changes++;
                }
            }
        }
        // groups that are no longer anyone's scope (e.g. a dissolved committee) lose their tenants
        for (Group group : identity.createGroupQuery().list()) {
            if (!wanted.containsKey(group.getId()) && isManaged(group.getId())) {
                for (Tenant t : identity.createTenantQuery().groupMember(group.getId()).list()) {
                    identity.deleteTenantGroupMembership(t.getId(), group.getId());
                    changes++;
                }
            }
        }
        if (changes > 0) {
            log.info("Town tenants synchronized with the registry: {} changes", changes);
        }
        return changes;
    }

    Map<String, Set<String>> desiredMemberships(Set<String> allTowns) {
        Map<String, OrgUnit> units = new HashMap<>();
        registry.findUnits().forEach(u -> units.put(u.code(), u));
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (Committee c : registry.findCommittees()) {
            OrgUnit unit = c.unitCode() == null ? null : units.get(c.unitCode());
            // a room stationed in a town serves that town, as its committees do (CommitteeType.servesItsTown)
            boolean local = c.type().servesItsTown() && unit != null && unit.townCode() != null;
            wanted.computeIfAbsent(c.groupId(), g -> new LinkedHashSet<>())
                    .addAll(local ? List.of(unit.townCode()) : allTowns);
        }
        for (JusticeOffice office : registry.findOffices()) {
            wanted.computeIfAbsent(office.groupId(), g -> new LinkedHashSet<>()).add(office.townCode());
        }
        wanted.computeIfAbsent(RoleGroup.GRASSROOTS_SECTION.groupId(), g -> new LinkedHashSet<>()).addAll(allTowns);
        wanted.computeIfAbsent(Committee.CITY_CENTER_GROUP, g -> new LinkedHashSet<>()).addAll(allTowns);
        wanted.values().forEach(set -> set.retainAll(allTowns));
        return wanted;
    }

    private static boolean isManaged(String groupId) {
        return groupId.startsWith("committee-") || groupId.startsWith("justice-office-");
    }
}
