package cn.jiyuan.mediation.rules;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.SystemAuthority;

/**
 * Who may read and who may change the rules, for /api/rules and the Cockpit page alike: reading follows the engine's
 * grants on the decisions (whoever may read them in Cockpit: justice offices, the grassroots section, the city
 * centre, administrators); changing is for the grassroots section (市局基层科) and administrators.
 */
@Component
public class RuleAccess {

    static final String EDITORS_ONLY = "只有市局基层科和系统管理员可以修改规则";

    private final AuthorizationService authorizations;
    private final SystemAuthority system;

    public RuleAccess(AuthorizationService authorizations, SystemAuthority system) {
        this.authorizations = authorizations;
        this.system = system;
    }

    public void requireEditor(AuthenticatedUser user) {
        if (!mayEdit(user)) {
            throw new ForbiddenException(EDITORS_ONLY);
        }
    }

    public boolean mayEdit(AuthenticatedUser user) {
        return user.isAdministrator() || user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId());
    }

    public boolean mayRead(AuthenticatedUser user, RuleSet set) {
        return user.isAdministrator() || system.call(() -> authorizations.isUserAuthorized(user.userId(), user.groupIds(),
                Permissions.READ, Resources.DECISION_DEFINITION, set.mainDecision()));
    }

    /** The rule set of the code, when the user may read it. */
    public RuleSet readable(AuthenticatedUser user, String code) {
        RuleSet set = RuleSet.of(code).orElseThrow(() -> new NotFoundException("没有这个规则：只有" + RuleSet.choices()));
        if (!mayRead(user, set)) {
            throw new ForbiddenException("您没有查看" + set.label() + "规则的权限");
        }
        return set;
    }
}
