package cn.jiyuan.mediation.organization.identity;

/** Camunda groups by role (docs/domain.md section 1), next to the groups per committee and justice office. */
public enum RoleGroup {
    MEDIATORS("mediators", "人民调解员"),
    COMMITTEE_DIRECTORS("committee-directors", "调委会主任"),
    JUSTICE_OFFICE_STAFF("justice-office-staff", "司法所工作人员"),
    GRASSROOTS_SECTION("grassroots-section", "市局基层科");

    private final String groupId;
    private final String label;

    RoleGroup(String groupId, String label) {
        this.groupId = groupId;
        this.label = label;
    }

    public String groupId() {
        return groupId;
    }

    public String label() {
        return label;
    }
}
