package cn.jiyuan.mediation.earlywarning;

import java.util.List;

import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;

/**
 * Who reads the stability-risk ledger (专门台账), in its list and its download alike: administrators and the
 * grassroots section of the bureau every town, justice-office staff the towns of their offices, anyone else
 * nothing (403).
 */
final class StabilityLedgerReaders {

    private StabilityLedgerReaders() {
    }

    /**
     * @param townCode the town asked for, or null
     * @return the towns the user may read (null: every town)
     * @throws ForbiddenException for a user who reads no ledger, or a town not theirs
     */
    static List<String> towns(AuthenticatedUser user, OrganizationRepository registry, String townCode) {
        if (user.isAdministrator() || user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            return null;
        }
        if (!user.isMemberOf(RoleGroup.JUSTICE_OFFICE_STAFF.groupId())) {
            throw new ForbiddenException("专门台账仅供司法所、市局基层科和管理员查看");
        }
        List<String> towns = registry.findOffices().stream().filter(o -> user.isMemberOf(o.groupId()))
                .map(JusticeOffice::townCode).toList();
        if (townCode != null && !towns.contains(townCode)) {
            throw new ForbiddenException("无权查看该镇（街道）的专门台账");
        }
        return towns;
    }
}
