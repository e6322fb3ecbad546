package cn.jiyuan.mediation.screening.coverage;

import java.time.OffsetDateTime;
import java.util.Collection;

import cn.jiyuan.mediation.screening.report.ReportStatus;
import cn.jiyuan.mediation.screening.report.ScreeningReport;

/**
 * Coverage of some reports (of a round, or of a town in it): units expected to report, reports in (zero
 * reports included), zero reports, units overdue (not in, due time passed), coverage in per cent
 * (reports in / expected, one decimal) and disputes found.
 */
public record CoverageFigures(int expected, int reported, int zeroReports, int overdue, double coveragePercent,
                              int disputesFound) {

    public static CoverageFigures of(Collection<ScreeningReport> reports, OffsetDateTime now) {
        int reported = 0;
        int zero = 0;
        int overdue = 0;
        int disputes = 0;
        for (ScreeningReport r : reports) {
            if (r.status().isIn()) {
                reported++;
            }
            if (r.status() == ReportStatus.ZERO) {
                zero++;
            }
            if (r.isOverdue(now)) {
                overdue++;
            }
            disputes += r.disputeCount();
        }
        int expected = reports.size();
        double percent = expected == 0 ? 100.0 : Math.round(reported * 1000.0 / expected) / 10.0;
        return new CoverageFigures(expected, reported, zero, overdue, percent, disputes);
    }
}
