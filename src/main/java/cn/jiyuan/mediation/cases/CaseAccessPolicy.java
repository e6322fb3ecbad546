package cn.jiyuan.mediation.cases;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * Who may read a case, and who sees its parties' personal data in full (README "安全与个人信息保护").
 *
 * <p>Those who handle or supervise the case see everything: the handling committee's group, the justice office
 * of the case's town or of the committee's supervising office, the city centre and the grassroots section
 * (whole-city supervision). Whoever registered the case and administrators may read it too, but with names,
 * phones and ID numbers masked: they do not handle it. Nobody else may read it.
 */
@Component
public class CaseAccessPolicy {

    private final OrganizationRepository registry;

    public CaseAccessPolicy(OrganizationRepository registry) {
        this.registry = registry;
    }

    public boolean mayRead(AuthenticatedUser user, CaseFile c) {
        return user.isAdministrator() || user.userId().equals(c.createdBy()) || handlesOrSupervises(user, c);
    }

    /** Full names, phones and ID numbers, the agreement PDF with them. */
    public boolean mayReadPersonalData(AuthenticatedUser user, CaseFile c) {
        return handlesOrSupervises(user, c);
    }

    private boolean handlesOrSupervises(AuthenticatedUser user, CaseFile c) {
        if (user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId()) || user.isMemberOf(Committee.CITY_CENTER_GROUP)) {
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
