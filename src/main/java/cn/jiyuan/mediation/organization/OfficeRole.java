package cn.jiyuan.mediation.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * A person's position in a justice office (司法所): its head (所长), who signs off the office's monthly report, a
 * deputy head (副所长), who signs when the office has no head, or staff (工作人员).
 */
public enum OfficeRole {
    /** 所长: at most one per office. */
    HEAD("所长"),
    /** 副所长 */
    DEPUTY_HEAD("副所长"),
    /** 工作人员 */
    STAFF("工作人员");

    private final String label;

    OfficeRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code or the Chinese name, as the force types do, so that a file typed in Excel imports too. */
    public static Optional<OfficeRole> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(value) || r.label.equals(value))
                .findFirst();
    }
}
