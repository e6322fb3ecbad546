package cn.jiyuan.mediation.cases;

import java.util.Optional;

/** A natural person's sex as the agreement states it. */
public enum Sex {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sex an 18-digit resident ID number encodes (17th digit odd: male), if it is such a number. */
    public static Optional<Sex> ofIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() != 18 || !Character.isDigit(idNumber.charAt(16))) {
            return Optional.empty();
        }
        return Optional.of((idNumber.charAt(16) - '0') % 2 == 1 ? MALE : FEMALE);
    }
}
