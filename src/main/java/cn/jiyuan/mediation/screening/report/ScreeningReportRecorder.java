package cn.jiyuan.mediation.screening.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Records a unit's report: its status (REPORTED or ZERO), the risks noticed and each dispute found, those
 * resolved on the spot as RESOLVED and those to be registered as a case as TO_REGISTER.
 */
@Service
public class ScreeningReportRecorder {

    private final ScreeningReportRepository reports;
    private final ScreeningFindingRepository findings;
    private final ScreeningClock clock;

    public ScreeningReportRecorder(ScreeningReportRepository reports, ScreeningFindingRepository findings,
                                   ScreeningClock clock) {
        this.reports = reports;
        this.findings = findings;
        this.clock = clock;
    }

    /** @return the ids of the findings to register as cases */
    public List<Long> record(long reportId, ReportSubmission submission, String userId) {
        ScreeningReport report = reports.find(reportId)
                .orElseThrow(() -> new IllegalStateException("no screening report " + reportId));
        var now = clock.now();
        if (!reports.markReported(reportId, submission.status(), now, userId, submission.disputes().size(),
                submission.risks())) {
            throw new ScreeningReportRejected(List.of("本轮排查报告已经报送过"));
        }
        List<Long> toRegister = new ArrayList<>();
        int seq = 0;
        for (FoundDispute d : submission.disputes()) {
            FindingOutcome outcome = d.handling() == Handling.ON_THE_SPOT ? FindingOutcome.RESOLVED
                    : FindingOutcome.TO_REGISTER;
            long id = findings.insert(reportId, report.roundId(), ++seq, d, outcome, now);
            if (outcome == FindingOutcome.TO_REGISTER) {
                toRegister.add(id);
            }
        }
        return toRegister;
    }
}
