package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;

/**
 * Whether a day falls in a sensitive period (敏感时期): during one, risk assessment counts one level
 * higher and screening runs daily (docs/domain.md sections 5 and 6). Implemented by
 * {@link SensitivePeriodCalendar}, which includes the administrators' overrides and additions.
 */
public interface SensitivePeriodSource {

    boolean isSensitive(LocalDate day);
}
