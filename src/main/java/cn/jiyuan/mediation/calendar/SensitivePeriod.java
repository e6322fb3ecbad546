package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One sensitive period (敏感时期) of a year, in the external shape of docs/domain.md section 8:
 * {@code {code, name, festivalDate, start, end}} with ISO dates; {@code start} and {@code end} are both
 * inclusive. {@code festivalDate} is the festival's own day (e.g. 正月初一 for {@code SPRING_FESTIVAL}) and
 * {@code null} for periods without one (全国两会, most added periods); it is always present in JSON.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SensitivePeriod(String code, String name, LocalDate festivalDate, LocalDate start, LocalDate end) {

    public SensitivePeriod {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("start " + start + " is after end " + end + " of " + code);
        }
    }

    /** @return true when {@code day} lies within the period (both ends inclusive) */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
