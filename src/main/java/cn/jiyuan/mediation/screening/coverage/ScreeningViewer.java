package cn.jiyuan.mediation.screening.coverage;

import java.util.Set;

import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.screening.campaign.CampaignPermissions;

/**
 * Whose coverage a supervisor sees: administrators and the grassroots section every town, justice-office
 * staff the towns of their offices. Others see none (403).
 */
public record ScreeningViewer(boolean allTowns, Set<String> towns) {

    public static final ScreeningViewer EVERYTHING = new ScreeningViewer(true, Set.of());

    public static ScreeningViewer of(AuthenticatedUser user) {
        if (user.isAdministrator() || user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            return EVERYTHING;
        }
        Set<String> towns = CampaignPermissions.officeTowns(user.groupIds());
        if (towns.isEmpty()) {
            throw new ForbiddenException("排查覆盖情况仅供市局基层科、司法所（本辖区）和系统管理员查看");
        }
        return new ScreeningViewer(false, towns);
    }

    public boolean sees(String townCode) {
        return allTowns || towns.contains(townCode);
    }
}
