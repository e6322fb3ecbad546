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
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeRole;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.platform.SystemAuthority;

/**
 * Mirrors the organization registry into the Camunda identity service: a group per committee, per
 * justice office (and one each for its head and its deputy heads) and per role, a user per person with a login, and
 * their memberships. The registry is
 * the source; the identity service follows it (passwords stay in the identity service, set in Admin).
 */
@Component
public class IdentitySynchronizer {

    private static final Logger log = LoggerFactory.getLogger(IdentitySynchronizer.class);
    static final String GROUP_TYPE = "WORKFLOW";

    private final IdentityService identity;
    private final OrganizationRepository registry;

    public IdentitySynchronizer(IdentityService identity, OrganizationRepository registry) {
        this.identity = identity;
        this.registry = registry;
    }

    /** Result counts, for logs and tests. */
    public record Changes(int groupsWritten, int usersWritten, int membershipsAdded, int membershipsRemoved) {
    }

    public Changes synchronize() {
        // identity changes are system work, whoever's request triggered them (e.g. an admin's import)
        return SystemAuthority.call(identity, this::doSynchronize);
    }

    private Changes doSynchronize() {
        List<Committee> committees = registry.findCommittees();
        List<JusticeOffice> offices = registry.findOffices();

        Map<String, String> desiredGroups = new LinkedHashMap<>();
        for (RoleGroup role : RoleGroup.values()) {
            desiredGroups.put(role.groupId(), role.label());
        }
        committees.forEach(c -> desiredGroups.put(c.groupId(), c.name()));
        offices.forEach(o -> desiredGroups.put(o.groupId(), o.name()));
        // the office's head and deputy heads: the monthly report's sign-off is theirs alone
        offices.forEach(o -> desiredGroups.put(o.headGroupId(), o.name() + OfficeRole.HEAD.label()));
        offices.forEach(o -> desiredGroups.put(o.deputyHeadGroupId(), o.name() + OfficeRole.DEPUTY_HEAD.label()));

        Map<String, Group> existing = identity.createGroupQuery().list().stream()
                .collect(Collectors.toMap(Group::getId, g -> g));
        int groupsWritten = 0;
        for (Map.Entry<String, String> e : desiredGroups.entrySet()) {
            Group group = existing.get(e.getKey());
            if (group == null) {
                group = identity.newGroup(e.getKey());
            } else if (Objects.equals(group.getName(), e.getValue()) && GROUP_TYPE.equals(group.getType())) {
                continue;
            }
            group.setName(e.getValue());
            group.setType(GROUP_TYPE);
            identity.saveGroup(group);
            groupsWritten++;
        }

        List<Person> persons = registry.findPersons();
        // Extra groups such as camunda-admin are not the registry's to name, only to make sure they exist.
        persons.stream().flatMap(p -> p.extraGroups().stream()).distinct()
                .filter(g -> !desiredGroups.containsKey(g) && !existing.containsKey(g))
                .forEach(g -> {
                    Group group = identity.newGroup(g);
                    group.setName(g);
                    group.setType("camunda-admin".equals(g) ? "SYSTEM" : GROUP_TYPE);
                    identity.saveGroup(group);
                });

        Map<String, Committee> committeeByCode = new HashMap<>();
        committees.forEach(c -> committeeByCode.put(c.code(), c));
        Map<String, JusticeOffice> officeByCode = new HashMap<>();
        offices.forEach(o -> officeByCode.put(o.code(), o));

        int usersWritten = 0;
        int added = 0;
        int removed = 0;
        for (Person person : persons) {
            if (person.login() == null) {
                continue;
            }
            if (saveUser(person)) {
                usersWritten++;
            }
            Set<String> wanted = groupsOf(person, committeeByCode, officeByCode);
            Set<String> current = identity.createGroupQuery().groupMember(person.login()).list().stream()
                    .map(Group::getId).collect(Collectors.toSet());
            for (String groupId : wanted) {
                if (!current.contains(groupId)) {
                    identity.createMembership(person.login(), groupId);
                    added++;
                }
            }
            for (String groupId : current) {
                if (!wanted.contains(groupId) && isManaged(groupId, desiredGroups.keySet())) {
                    identity.deleteMembership(person.login(), groupId);
                    removed++;
                }
            }
        }
        Changes changes = new Changes(groupsWritten, usersWritten, added, removed);
        log.info("Identity synchronized with the organization registry: {}", changes);
        return changes;
    }

    private boolean saveUser(Person person) {
        User user = identity.createUserQuery().userId(person.login()).singleResult();
        // Chinese names read surname first; Camunda shows "first last", so the whole name goes first.
        if (user != null && Objects.equals(user.getFirstName(), person.name())
                && Objects.equals(user.getEmail(), person.email())) {
            return false;
        }
        if (user == null) {
            user = identity.newUser(person.login());
        }
        user.setFirstName(person.name());
        user.setLastName("");
        user.setEmail(person.email());
        identity.saveUser(user);
        return true;
    }

    /** The groups a person belongs to, following from committee, role, office and extra groups. */
    static Set<String> groupsOf(Person person, Map<String, Committee> committees, Map<String, JusticeOffice> offices) {
        Set<String> groups = new LinkedHashSet<>();
        Committee committee = person.committeeCode() == null ? null : committees.get(person.committeeCode());
        if (committee != null) {
            groups.add(committee.groupId());
            groups.add(RoleGroup.MEDIATORS.groupId());
            if (person.committeeRole() == CommitteeRole.DIRECTOR) {
                groups.add(RoleGroup.COMMITTEE_DIRECTORS.groupId());
            }
        }
        JusticeOffice office = person.officeCode() == null ? null : offices.get(person.officeCode());
        if (office != null) {
            groups.add(office.groupId());
            groups.add(RoleGroup.JUSTICE_OFFICE_STAFF.groupId());
            if (person.officeRole() == OfficeRole.HEAD) {
                groups.add(office.headGroupId());
            } else if (person.officeRole() == OfficeRole.DEPUTY_HEAD) {
                groups.add(office.deputyHeadGroupId());
            }
        }
        groups.addAll(person.extraGroups());
        return groups;
    }

    /** Groups the registry owns; memberships elsewhere (e.g. set by hand in Admin) are left alone. */
    private static boolean isManaged(String groupId, Set<String> desired) {
        return desired.contains(groupId) || groupId.startsWith("committee-") || groupId.startsWith("justice-office-");
    }
}
