package cn.jiyuan.mediation.organization;

import java.util.Arrays;
import java.util.Optional;

/** The "six forces" (六种力量) a person of the registry belongs to. */
public enum ForceType {
    JUSTICE_OFFICE_STAFF("司法所工作人员"),
    MEDIATOR("人民调解员"),
    LEGAL_ADVISER("村(居)法律顾问"),
    LEGAL_AID("法律援助"),
    COMMUNITY_CORRECTION("社区矫正"),
    LEGAL_LITERATE("法律明白人");

    private final String label;

    ForceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code or the Chinese label, so that files typed by hand in Excel import too. */
    public static Optional<ForceType> parse(String value) {
        return Arrays.stream(values())
                .filter(t -> t.name().equalsIgnoreCase(value) || t.label.equals(value))
                .findFirst();
    }
}
