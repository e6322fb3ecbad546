package cn.jiyuan.mediation.organization.identity;

import cn.jiyuan.mediation.monthlyreport.MonthlyReportVariables;
import cn.jiyuan.mediation.online.OnlineApplicationVariables;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.staffing.StaffingReviewVariables;
import cn.jiyuan.mediation.referral.CaseReferralVariables;
import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.screening.campaign.ScreeningCampaignVariables;
import cn.jiyuan.mediation.screening.report.ScreeningReportVariables;
import cn.jiyuan.mediation.situationreport.SituationReportVariables;
import cn.jiyuan.mediation.typicalcase.TypicalCaseVariables;
import cn.jiyuan.mediation.semiannual.SemiannualVariables;


import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;


/**
 * The engine authorizations of every group the platform manages (authorization checks are on), derived from
 * the organization registry and brought to exactly this state at every start and after every registry change:
 * least privilege per role (README "安全与个人信息保护").
 *
 * <ul>
 * <li>Workers (mediators, committee directors, the city centre) open Tasklist and register cases (start
 * {@code case-intake}); they see tasks only through the engine's per-task grants of their committee's
 * candidate group, with TASK_WORK but no UPDATE (so no variable can be written outside a form).</li>
 * <li>Justice-office staff also open Cockpit and read the instances, tasks and history of the case, warning and
 * screening processes, and the instances of the monthly-report process (its tasks only through each task's own grant:
 * the sign-off is the head's, {@code justice-office-head-{town}}); which towns they see is decided by the engine's
 * tenant check (one tenant per town,
 * see {@link TownTenants}), and they may retry a failed job there. They start special screening of their town.</li>
 * <li>The grassroots section and the city centre read everything of the whole city (they belong to every
 * town's tenant); the grassroots section starts campaigns and staffing reviews.</li>
 * <li>Justice offices and the grassroots section report important situations (start {@code situation-report});
 * the town's justice office and the grassroots section review typical cases ({@code typical-case}, started by
 * the platform for a nomination through {@code /api}).</li>
 * <li>Users and groups: a committee reads its own members, a justice office its own staff and the members of
 * its town's committees; only the grassroots section and the city centre read every user.</li>
 * </ul>
 * Processes only the platform starts ({@code dispute-case}, {@code early-warning}, {@code screening-report},
 * {@code screening-schedule}, {@code monthly-schedule}, {@code monthly-report}) have CREATE_INSTANCE for nobody. Grants of these groups that are not in the
 * desired set are removed (the platform owns these groups' rights; an administrator grants extra rights to
 * other groups or to single users). Per-task and per-instance grants the engine creates itself, and the
 * Tasklist filter grants, are left alone.
 */
@Component
public class AuthorizationGrants {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationGrants.class);
    private static final String ANY = Authorization.ANY;

    public static final String CASE_INTAKE = "case-intake";
    public static final String DISPUTE_CASE = "dispute-case";
    public static final String EARLY_WARNING = "early-warning";
    public static final String SCREENING_REPORT = ScreeningReportVariables.PROCESS_KEY;
    public static final String SCREENING_CAMPAIGN = ScreeningCampaignVariables.PROCESS_KEY;
    public static final String STAFFING_REVIEW = StaffingReviewVariables.PROCESS_KEY;
    public static final String TYPICAL_CASE = TypicalCaseVariables.PROCESS_KEY;
    public static final String SITUATION_REPORT = SituationReportVariables.PROCESS_KEY;
    public static final String MONTHLY_REPORT = MonthlyReportVariables.PROCESS_KEY;
    public static final String SEMIANNUAL_ROUND = SemiannualVariables.ROUND_PROCESS;
    public static final String SEMIANNUAL_SUMMARY = SemiannualVariables.SUMMARY_PROCESS;
    public static final String ONLINE_APPLICATION = OnlineApplicationVariables.PROCESS_KEY;
    public static final String CASE_REFERRAL = CaseReferralVariables.PROCESS_KEY;

    /** Resources whose grants of a managed group are brought to the desired state (FILTER: additive only). */
    private static final Set<Integer> MANAGED_RESOURCES = Set.of(Resources.APPLICATION.resourceType(),
            Resources.PROCESS_DEFINITION.resourceType(), Resources.DECISION_DEFINITION.resourceType(),
            Resources.DECISION_REQUIREMENTS_DEFINITION.resourceType(), Resources.DEPLOYMENT.resourceType(),
            Resources.USER.resourceType(), Resources.GROUP.resourceType(), Resources.TENANT.resourceType(),
            Resources.GROUP_MEMBERSHIP.resourceType(), Resources.TENANT_MEMBERSHIP.resourceType(),
            Resources.AUTHORIZATION.resourceType(), Resources.BATCH.resourceType(),
            Resources.HISTORIC_TASK.resourceType(), Resources.HISTORIC_PROCESS_INSTANCE.resourceType(),
            Resources.SYSTEM.resourceType());
    /** Resources where only the ANY grant is managed; single-id grants are the engine's own (per task, per instance). */
    private static final Set<Integer> MANAGED_ANY_ONLY = Set.of(Resources.TASK.resourceType(),
            Resources.PROCESS_INSTANCE.resourceType());

    /** One desired grant: a group's permissions on one resource id. */
    record Grant(String groupId, Resource resource, String resourceId, Set<Permission> permissions) {
        String key() {
            return groupId + "|" + resource.resourceType() + "|" + resourceId;
        }
    }

    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final OrganizationRepository registry;

    public AuthorizationGrants(AuthorizationService authorizations, IdentityService identity,
                               OrganizationRepository registry) {
        this.authorizations = authorizations;
        this.identity = identity;
        this.registry = registry;
    }

    /** Brings every managed group's grants to the desired state. @return grants written and deleted */
    public int[] synchronize() {
        return SystemAuthority.call(identity, this::doSynchronize);
    }

    private int[] doSynchronize() {
        List<Grant> desired = desired();
        Map<String, Grant> byKey = new LinkedHashMap<>();
        desired.forEach(g -> byKey.merge(g.key(), g, (a, b) -> {
            Set<Permission> union = new LinkedHashSet<>(a.permissions());
            union.addAll(b.permissions());
            return new Grant(a.groupId(), a.resource(), a.resourceId(), union);
        }));
        Set<String> managedGroups = new LinkedHashSet<>();
        byKey.values().forEach(g -> managedGroups.add(g.groupId()));
        managedGroups.addAll(managedGroupIds());

        int written = 0;
        int deleted = 0;
        Map<String, Authorization> existing = new HashMap<>();
        for (String groupId : managedGroups) {
            for (Authorization auth : authorizations.createAuthorizationQuery().groupIdIn(groupId)
                    .authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
                if (!isManaged(auth)) {
                    continue;
                }
                String key = groupId + "|" + auth.getResourceType() + "|" + auth.getResourceId();
                if (!byKey.containsKey(key) || existing.containsKey(key)) {
                    authorizations.deleteAuthorization(auth.getId());
                    deleted++;
                } else {
                    existing.put(key, auth);
                }
            }
        }
        for (Grant g : byKey.values()) {
            Authorization auth = existing.get(g.key());
            if (auth != null && mask(auth, g.resource()) == mask(g.permissions())) {
                continue;
            }
            if (auth != null) {
                // permissions are replaced, not merged: drop the old grant and write the desired one
                authorizations.deleteAuthorization(auth.getId());
            }
            Authorization fresh = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            fresh.setGroupId(g.groupId());
            fresh.setResource(g.resource());
            fresh.setResourceId(g.resourceId());
            g.permissions().forEach(fresh::addPermission);
            authorizations.saveAuthorization(fresh);
            written++;
        }
        if (written + deleted > 0) {
            log.info("Engine authorizations synchronized with the registry: {} written, {} removed", written, deleted);
        }
        return new int[] {written, deleted};
    }

    /** Adds permissions to a group's grant on a resource (for grants the platform adds on top, e.g. filters). */
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

    // ------------------------------------------------------------------ the desired state

    List<Grant> desired() {
        List<Grant> grants = new ArrayList<>();
        for (String worker : List.of(RoleGroup.MEDIATORS.groupId(), RoleGroup.COMMITTEE_DIRECTORS.groupId(),
                Committee.CITY_CENTER_GROUP)) {
            worker(grants, worker);
        }
        justiceOffice(grants, RoleGroup.JUSTICE_OFFICE_STAFF.groupId());
        for (String cityWide : List.of(RoleGroup.GRASSROOTS_SECTION.groupId(), Committee.CITY_CENTER_GROUP)) {
            cityWide(grants, cityWide);
        }
        String grassroots = RoleGroup.GRASSROOTS_SECTION.groupId();
        add(grants, grassroots, Resources.PROCESS_DEFINITION, SCREENING_CAMPAIGN, CREATE_INSTANCE);
        add(grants, grassroots, Resources.PROCESS_DEFINITION, STAFFING_REVIEW, CREATE_INSTANCE);
        add(grants, grassroots, Resources.PROCESS_DEFINITION, SITUATION_REPORT, CREATE_INSTANCE);
        // issues a half-year's summaries ahead of the timer (once per half-year)
        add(grants, grassroots, Resources.PROCESS_DEFINITION, SEMIANNUAL_ROUND, CREATE_INSTANCE);
        colleagues(grants);
        ownTenants(grants);
        return grants;
    }

    /**
     * A group reads the town tenants it belongs to (as the engine's default does for a new membership), so that a
     * member's login, which lists the user's tenants, finds them whatever authentication is in place.
     */
    private void ownTenants(List<Grant> grants) {
        for (String groupId : managedGroupIds()) {
            for (Tenant tenant : identity.createTenantQuery().groupMember(groupId).list()) {
                add(grants, groupId, Resources.TENANT, tenant.getId(), READ);
            }
        }
    }

    /** Works tasks in Tasklist and registers cases. */
    private static void worker(List<Grant> grants, String groupId) {
        add(grants, groupId, Resources.APPLICATION, "tasklist", ACCESS);
        add(grants, groupId, Resources.PROCESS_DEFINITION, CASE_INTAKE, READ, CREATE_INSTANCE);
        // the process name and diagram of the tasks they work
        add(grants, groupId, Resources.PROCESS_DEFINITION, DISPUTE_CASE, READ);
        add(grants, groupId, Resources.PROCESS_DEFINITION, SCREENING_REPORT, READ);
        // a meeting's follow-up item may be a committee member's task
        add(grants, groupId, Resources.PROCESS_DEFINITION, MONTHLY_REPORT, READ);
        // justice offices and industry committees write the semi-annual summaries (their task grants do the rest)
        add(grants, groupId, Resources.PROCESS_DEFINITION, SEMIANNUAL_SUMMARY, READ);
        // 联系网上申请人 of an online application (called by dispute-case)
        add(grants, groupId, Resources.PROCESS_DEFINITION, ONLINE_APPLICATION, READ);
        // a referred case's answer (三调联动) is the committee's task in case-referral
        add(grants, groupId, Resources.PROCESS_DEFINITION, CASE_REFERRAL, READ);
        add(grants, groupId, Resources.PROCESS_INSTANCE, ANY, CREATE);
    }

    /** Supervises the town's cases in Cockpit; the tenant check limits every read to the office's town. */
    private static void justiceOffice(List<Grant> grants, String groupId) {
        worker(grants, groupId);
        add(grants, groupId, Resources.APPLICATION, "cockpit", ACCESS);
        // typical-case and situation-report: their town's review, tracking and retries (tenant check)
        for (String key : List.of(DISPUTE_CASE, EARLY_WARNING, SCREENING_REPORT, TYPICAL_CASE, SITUATION_REPORT,
                ONLINE_APPLICATION, CASE_REFERRAL)) {
            add(grants, groupId, Resources.PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_TASK, READ_HISTORY,
                    ProcessDefinitionPermissions.RETRY_JOB);
        }
        // the monthly work: instances and retries, but tasks (and their history) only through each task's own grant:
        // the sign-off is the head's alone, not to be seen or worked by the staff who recorded the meeting
        add(grants, groupId, Resources.PROCESS_DEFINITION, MONTHLY_REPORT, READ, READ_INSTANCE,
                ProcessDefinitionPermissions.RETRY_JOB);
        add(grants, groupId, Resources.PROCESS_DEFINITION, SCREENING_CAMPAIGN, READ, CREATE_INSTANCE);
        add(grants, groupId, Resources.PROCESS_DEFINITION, SITUATION_REPORT, CREATE_INSTANCE);
        add(grants, groupId, Resources.PROCESS_DEFINITION, STAFFING_REVIEW, READ);
        add(grants, groupId, Resources.DEPLOYMENT, ANY, READ);
        add(grants, groupId, Resources.DECISION_DEFINITION, ANY, READ);
        add(grants, groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
    }

    /** Whole-city supervision. */
    private static void cityWide(List<Grant> grants, String groupId) {
        worker(grants, groupId);
        add(grants, groupId, Resources.APPLICATION, "cockpit", ACCESS);
        add(grants, groupId, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY,
                ProcessDefinitionPermissions.RETRY_JOB);
        add(grants, groupId, Resources.DEPLOYMENT, ANY, READ);
        add(grants, groupId, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);
        add(grants, groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
        add(grants, groupId, Resources.USER, ANY, READ);
        add(grants, groupId, Resources.GROUP, ANY, READ);
    }

    /**
     * Who sees which colleagues (Tasklist shows assignees and offers them when a task is handed on): a
     * committee its members; a justice office its staff and the members of its town's committees.
     */
    private void colleagues(List<Grant> grants) {
        List<Committee> committees = registry.findCommittees();
        Map<String, OrgUnit> units = new HashMap<>();
        registry.findUnits().forEach(u -> units.put(u.code(), u));
        Map<String, List<String>> membersByGroup = new HashMap<>();
        for (Committee c : committees) {
            membersByGroup.put(c.groupId(), members(c.groupId()));
        }
        for (Committee c : committees) {
            add(grants, c.groupId(), Resources.GROUP, c.groupId(), READ);
            for (String user : membersByGroup.get(c.groupId())) {
                add(grants, c.groupId(), Resources.USER, user, READ);
            }
        }
        for (JusticeOffice office : registry.findOffices()) {
            String officeGroup = office.groupId();
            add(grants, officeGroup, Resources.GROUP, officeGroup, READ);
            // the names of the office's head and deputy head groups (Tasklist shows a task's candidate group by name)
            add(grants, officeGroup, Resources.GROUP, office.headGroupId(), READ);
            add(grants, officeGroup, Resources.GROUP, office.deputyHeadGroupId(), READ);
            members(officeGroup).forEach(u -> add(grants, officeGroup, Resources.USER, u, READ));
            for (Committee c : committees) {
                OrgUnit unit = c.unitCode() == null ? null : units.get(c.unitCode());
                boolean ofTown = c.type().servesItsTown() && unit != null
                        && Objects.equals(unit.townCode(), office.townCode());
                if (ofTown) {
                    add(grants, officeGroup, Resources.GROUP, c.groupId(), READ);
                    membersByGroup.get(c.groupId()).forEach(u -> add(grants, officeGroup, Resources.USER, u, READ));
                }
            }
        }
    }

    private List<String> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }

    /** Role groups, the city centre and every committee and justice-office group. */
    private List<String> managedGroupIds() {
        List<String> ids = new ArrayList<>();
        for (RoleGroup role : RoleGroup.values()) {
            ids.add(role.groupId());
        }
        ids.add(Committee.CITY_CENTER_GROUP);
        registry.findCommittees().forEach(c -> ids.add(c.groupId()));
        registry.findOffices().forEach(o -> ids.add(o.groupId()));
        return ids;
    }

    private static boolean isManaged(Authorization auth) {
        return MANAGED_RESOURCES.contains(auth.getResourceType())
                || (MANAGED_ANY_ONLY.contains(auth.getResourceType()) && ANY.equals(auth.getResourceId()));
    }

    private static int mask(Set<Permission> permissions) {
        return permissions.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    }

    /** The granted permission bits of an authorization (a grant of ALL counts as every bit). */
    private static int mask(Authorization auth, Resource resource) {
        int bits = 0;
        for (Permission p : ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType())) {
            if (p.getValue() != 0 && p.getValue() != Integer.MAX_VALUE && auth.isPermissionGranted(p)) {
                bits |= p.getValue();
            }
        }
        return bits;
    }

    private static void add(List<Grant> grants, String groupId, Resource resource, String resourceId,
                            Permission... permissions) {
        grants.add(new Grant(groupId, resource, resourceId, new LinkedHashSet<>(Arrays.asList(permissions))));
    }
}
