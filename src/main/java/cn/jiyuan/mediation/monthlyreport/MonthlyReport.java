package cn.jiyuan.mediation.monthlyreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One justice office's report of one month (table monthly_report), without its PDF. */
public record MonthlyReport(long id, long roundId, String townCode, String townName, String officeCode,
                            String officeName, ReportStatus status, String processInstanceId, LocalDate meetingDate,
                            String meetingPlace, String minutes, String decisions, String meetingRecordedBy,
                            OffsetDateTime pdfGeneratedAt, String reviewOpinion, String signedOffBy,
                            OffsetDateTime signedOffAt, int returnedCount, OffsetDateTime reportedAt,
                            OffsetDateTime remindedAt, OffsetDateTime supervisedAt) {
}
