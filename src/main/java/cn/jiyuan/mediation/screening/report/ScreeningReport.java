package cn.jiyuan.mediation.screening.report;

import java.time.OffsetDateTime;

import cn.jiyuan.mediation.organization.UnitLevel;

/** One unit's report in one round, with its reminders and supervision (table {@code screening_report}). */
public record ScreeningReport(long id, long roundId, String unitCode, String unitName, UnitLevel unitLevel,
                              String townCode, String committeeCode, String committeeGroup, String officeGroup,
                              OffsetDateTime dueAt, OffsetDateTime supervisionAt, ReportStatus status,
                              String processInstanceId, OffsetDateTime remindedAt, OffsetDateTime supervisedAt,
                              OffsetDateTime reportedAt, String reportedBy, int disputeCount, String risks) {

    public boolean isOverdue(OffsetDateTime now) {
        return status == ReportStatus.PENDING && now.isAfter(dueAt);
    }
}
