package cn.jiyuan.mediation.screening.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Records a unit's report: its status (REPORTED or ZERO), the risks noticed and each dispute found, those
 * resolved on the spot as RESOLVED and those to be registered as a case as TO_REGISTER. Called by the
 * screening-report process when the unit submits its form (in the same transaction as the task's completion,
 * so a rejected report leaves the task open).
 */
@Service
public class ScreeningReportRecorder {

    private final ScreeningReportRepository reports;
    private final ScreeningFindingRepository findings;
    private final ScreeningClock clock;
    private final ReportSubmissionReader reader;
    private final IdentityService identity;

    public ScreeningReportRecorder(ScreeningReportRepository reports, ScreeningFindingRepository findings,
                                   ScreeningClock clock, ReportSubmissionReader reader, IdentityService identity) {
        this.reports = reports;
        this.findings = findings;
        this.clock = clock;
        this.reader = reader;
        this.identity = identity;
    }

    /** A recorded report: its status and the findings to register as cases. */
    public record Recorded(ReportStatus status, List<Long> findingsToRegister) {
    }

    /** Checks and records the submitted form of the report task, as the current user. */
    public Recorded recordSubmitted(long reportId, Map<String, Object> form) {
        ReportSubmission submission = reader.read(form);
        Authentication user = identity.getCurrentAuthentication();
        return new Recorded(submission.status(),
                record(reportId, submission, user == null ? null : user.getUserId()));
    }

    /** @return the ids of the findings to register as cases */
    public List<Long> record(long reportId, ReportSubmission submission, String userId) {
        ScreeningReport report = reports.find(reportId)
                .orElseThrow(() -> new IllegalStateException("no screening report " + reportId));
        var now = clock.now();
        if (!reports.markReported(reportId, submission.status(), now, userId, submission.disputes().size(),
                submission.risks())) {
            throw new ScreeningReportRejected("本轮排查报告已经报送过");
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
