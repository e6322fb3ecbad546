package cn.jiyuan.mediation.screening.campaign;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * Who may start a special screening campaign, and over which towns: administrators and the grassroots
 * section anywhere; justice-office staff over their own office's town(s) only (the notice: 加强对本辖区
 * 矛盾纠纷的分析研判); nobody else.
 */
@Component
public class CampaignPermissions {

    static final String OFFICE_GROUP_PREFIX = "justice-office-";

    /** Why a user may not start a campaign. */
    public record Refusal(String message, String chinese) {
    }

    public static boolean maySupervise(Collection<String> groups) {
        return groups.contains(AuthenticatedUser.ADMIN_GROUP) || groups.contains(RoleGroup.GRASSROOTS_SECTION.groupId())
                || groups.contains(RoleGroup.JUSTICE_OFFICE_STAFF.groupId()) || !officeTowns(groups).isEmpty();
    }

    /** @return empty when the user may start the campaign */
    public Optional<Refusal> refusal(Collection<String> groups, CampaignOrder order) {
        if (groups.contains(AuthenticatedUser.ADMIN_GROUP) || groups.contains(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            return Optional.empty();
        }
        Set<String> own = officeTowns(groups);
        if (own.isEmpty()) {
            return Optional.of(new Refusal("only the grassroots section, justice-office staff and administrators may "
                    + "start special screening", "只有市局基层科、司法所工作人员和系统管理员可以发起专项排查"));
        }
        if (order.scope() == CampaignScope.CITY || !own.containsAll(order.townCodes())) {
            return Optional.of(new Refusal("justice-office staff may start special screening of their own towns only "
                    + own, "司法所只能对本辖区（" + String.join("、", own) + "）发起专项排查"));
        }
        return Optional.empty();
    }

    /** The towns whose justice-office group the user belongs to. */
    public static Set<String> officeTowns(Collection<String> groups) {
        Set<String> towns = new TreeSet<>();
        for (String g : groups) {
            if (g.startsWith(OFFICE_GROUP_PREFIX) && g.length() > OFFICE_GROUP_PREFIX.length()
                    && !g.equals(RoleGroup.JUSTICE_OFFICE_STAFF.groupId()) && !JusticeOffice.isLeadersGroup(g)) {
                towns.add(g.substring(OFFICE_GROUP_PREFIX.length()));
            }
        }
        return towns;
    }

}
