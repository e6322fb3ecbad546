package cn.jiyuan.mediation.organization;

/** A town's justice office (司法所), which supervises the town's mediation committees. */
public record JusticeOffice(String code, String name, String townCode, String email) {

    /** Prefix of the groups of an office's head and deputy heads (before the town's code). */
    public static final String HEAD_GROUP_PREFIX = "justice-office-head-";
    public static final String DEPUTY_HEAD_GROUP_PREFIX = "justice-office-deputy-head-";

    /** The Camunda group of the office's staff (its head and deputies included). */
    public String groupId() {
        return "justice-office-" + townCode;
    }

    /** The Camunda group of the office's head (所长): who signs off the monthly report. */
    public String headGroupId() {
        return HEAD_GROUP_PREFIX + townCode;
    }

    /** The Camunda group of the office's deputy heads (副所长): who sign off when the office has no head. */
    public String deputyHeadGroupId() {
        return DEPUTY_HEAD_GROUP_PREFIX + townCode;
    }

    /** Whether a group id is a head's or deputy head's group (not a town's office group). */
    public static boolean isLeadersGroup(String groupId) {
        return groupId.startsWith(HEAD_GROUP_PREFIX) || groupId.startsWith(DEPUTY_HEAD_GROUP_PREFIX);
    }
}
