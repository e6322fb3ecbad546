package cn.jiyuan.mediation.screening.coverage;

import java.time.OffsetDateTime;

import cn.jiyuan.mediation.screening.report.ScreeningReport;

/** A unit that has not reported in a round yet; {@code overdue} once its due time passed. */
public record SilentUnit(String unitCode, String unitName, String unitLevel, String townCode, String committeeCode,
                         OffsetDateTime dueAt, boolean overdue, OffsetDateTime remindedAt,
                         OffsetDateTime supervisedAt) {

    static SilentUnit of(ScreeningReport r, OffsetDateTime now) {
        return new SilentUnit(r.unitCode(), r.unitName(), r.unitLevel().name(), r.townCode(), r.committeeCode(),
                r.dueAt(), r.isOverdue(now), r.remindedAt(), r.supervisedAt());
    }
}
