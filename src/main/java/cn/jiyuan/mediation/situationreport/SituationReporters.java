package cn.jiyuan.mediation.situationreport;

import java.util.Collection;

import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * Who may report an important situation about a town (重要情况随时上报): the town's justice office, the grassroots
 * section and administrators (anywhere); and who reads the reports: the same.
 */
public final class SituationReporters {

    private SituationReporters() {
    }

    public static boolean mayReportAbout(Collection<String> groups, String townCode) {
        return citywide(groups) || groups.contains("justice-office-" + townCode);
    }

    public static boolean citywide(Collection<String> groups) {
        return groups.contains(AuthenticatedUser.ADMIN_GROUP) || groups.contains(RoleGroup.GRASSROOTS_SECTION.groupId());
    }

    /** Whether the user reports or reads reports at all. */
    public static boolean isReporter(Collection<String> groups) {
        return citywide(groups) || groups.stream().anyMatch(g -> g.startsWith("justice-office-"));
    }
}
