package cn.jiyuan.mediation.screening.report;

import java.util.List;

/** What a unit reported: a zero report, or the disputes found and/or the risks noticed. */
public record ReportSubmission(boolean zeroReport, List<FoundDispute> disputes, String risks) {

    public ReportStatus status() {
        return zeroReport ? ReportStatus.ZERO : ReportStatus.REPORTED;
    }
}
