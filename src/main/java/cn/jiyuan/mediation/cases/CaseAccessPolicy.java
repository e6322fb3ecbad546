package cn.jiyuan.mediation.cases;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * Who may read a case (its parties' personal data included): whoever registered it, the handling
 * committee's group, the justice office of the case's town or of the committee's supervising office, the
 * city centre and the grassroots section (whole-city supervision), and administrators.
 */
@Component
public class CaseAccessPolicy {

    private final OrganizationRepository registry;

    public CaseAccessPolicy(OrganizationRepository registry) {
        this.registry = registry;
    }

    public boolean mayRead(AuthenticatedUser user, CaseFile c) {
        if (user.isAdministrator() || user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())
                || user.isMemberOf(Committee.CITY_CENTER_GROUP) || user.userId().equals(c.createdBy())) {
            return true;
        }
        if (registry.findOfficeOfTown(c.townCode()).map(JusticeOffice::groupId).filter(user::isMemberOf)
                .isPresent()) {
            return true;
        }
        return registry.findCommittee(c.committeeCode()).map(committee -> user.isMemberOf(committee.groupId())
                || (committee.supervisingOfficeCode() != null && registry.findOffice(committee.supervisingOfficeCode())
                        .map(JusticeOffice::groupId).filter(user::isMemberOf).isPresent()))
                .orElse(false);
    }
}
