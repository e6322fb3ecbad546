package cn.jiyuan.mediation.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sensitive periods named by the notice (三(一)) and docs/domain.md section 3, computed for every year;
 * an administrator can override any of them per year, and add periods of other codes.
 */
public enum StandardSensitivePeriod {
    TWO_SESSIONS("全国两会"),
    SPRING_FESTIVAL("春节"),
    MID_AUTUMN("中秋节"),
    NATIONAL_DAY("国庆节");

    private final String label;

    StandardSensitivePeriod(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }

    public static Optional<StandardSensitivePeriod> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
