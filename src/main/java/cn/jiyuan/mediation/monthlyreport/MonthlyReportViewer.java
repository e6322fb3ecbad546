package cn.jiyuan.mediation.monthlyreport;

import java.util.Set;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.screening.campaign.CampaignPermissions;

/**
 * Whose monthly reports a user reads: the grassroots section, the city centre and administrators every town's,
 * justice-office staff their own town's. Anybody else none (403).
 */
record MonthlyReportViewer(boolean allTowns, Set<String> towns) {

    static MonthlyReportViewer of(AuthenticatedUser user) {
        if (user.isAdministrator() || user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())
                || user.isMemberOf(Committee.CITY_CENTER_GROUP)) {
            return new MonthlyReportViewer(true, Set.of());
        }
        Set<String> towns = CampaignPermissions.officeTowns(user.groupIds());
        if (towns.isEmpty()) {
            throw new ForbiddenException("月报仅供本镇（街道）司法所、市局基层科和系统管理员查看");
        }
        return new MonthlyReportViewer(false, towns);
    }

    boolean sees(String townCode) {
        return allTowns || towns.contains(townCode);
    }
}
