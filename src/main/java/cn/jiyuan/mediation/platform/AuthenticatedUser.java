package cn.jiyuan.mediation.platform;

import java.util.List;

/** The user of the current API request, as established by {@link BasicAuthenticationFilter}. */
public record AuthenticatedUser(String userId, List<String> groupIds) {

    public static final String ATTRIBUTE = "cn.jiyuan.mediation.platform.AuthenticatedUser";
    public static final String ADMIN_GROUP = "camunda-admin";

    public boolean isAdministrator() {
        return groupIds.contains(ADMIN_GROUP);
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
