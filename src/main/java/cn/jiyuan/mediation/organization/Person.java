package cn.jiyuan.mediation.organization;

import java.util.List;

/**
 * A person of the six forces; those with a {@code login} are users of the platform. {@code officeRole} is the
 * position in the justice office {@code officeCode} (null without an office).
 */
public record Person(String code, String name, String gender, ForceType forceType, boolean fullTime,
                     String committeeCode, CommitteeRole committeeRole, String officeCode,
                     String phone, String email, String login, List<String> extraGroups, OfficeRole officeRole) {

    public Person {
        extraGroups = extraGroups == null ? List.of() : List.copyOf(extraGroups);
        if (officeCode == null) {
            officeRole = null;
        } else if (officeRole == null) {
            officeRole = OfficeRole.STAFF;
        }
    }

    /** A person without a position of their own in a justice office (staff, if they work at one). */
    public Person(String code, String name, String gender, ForceType forceType, boolean fullTime,
                  String committeeCode, CommitteeRole committeeRole, String officeCode,
                  String phone, String email, String login, List<String> extraGroups) {
        this(code, name, gender, forceType, fullTime, committeeCode, committeeRole, officeCode, phone, email, login,
                extraGroups, null);
    }

    public boolean isFemale() {
        return "F".equals(gender);
    }

    /** The same person in another position of their justice office. */
    public Person withOfficeRole(OfficeRole role) {
        return new Person(code, name, gender, forceType, fullTime, committeeCode, committeeRole, officeCode, phone,
                email, login, extraGroups, role);
    }
}
