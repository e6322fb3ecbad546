package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An administrator's period of one year, stored in {@code sensitive_period}: it replaces the computed
 * period of the same code, or adds a period when the code is not a {@link StandardSensitivePeriod}.
 */
public record SensitivePeriodOverride(String code, int year, String name, LocalDate festivalDate,
                                      LocalDate start, LocalDate end, String note, String updatedBy,
                                      OffsetDateTime updatedAt) {

    public SensitivePeriod toPeriod() {
        return new SensitivePeriod(code, name, festivalDate, start, end);
    }
}
