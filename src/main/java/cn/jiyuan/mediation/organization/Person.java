package cn.jiyuan.mediation.organization;

import java.util.List;

/** A person of the six forces; those with a {@code login} are users of the platform. */
public record Person(String code, String name, String gender, ForceType forceType, boolean fullTime,
                     String committeeCode, CommitteeRole committeeRole, String officeCode,
                     String phone, String email, String login, List<String> extraGroups) {

    public Person {
        extraGroups = extraGroups == null ? List.of() : List.copyOf(extraGroups);
    }

    public boolean isFemale() {
        return "F".equals(gender);
    }
}
