package cn.jiyuan.mediation.screening.report;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.intake.CaseIntakeRequest;
import cn.jiyuan.mediation.intake.CaseIntakeResult;
import cn.jiyuan.mediation.intake.CaseIntakeService;
import cn.jiyuan.mediation.intake.PartyIntake;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/**
 * Registers a dispute found in screening as a case (channel SCREENING) through the case intake, which
 * assesses its risk, routes it to a committee, numbers it and starts its lifecycle. The case lies where
 * the unit screened (its town, and its village for a village); the unit's reporter registers it. A
 * finding is registered once: the intake's idempotency key is the finding's, and a registered finding is
 * skipped.
 */
@Service
public class FoundDisputeCases {

    static final String KEY_PREFIX = "screening-finding-";
    static final String SYSTEM_USER = "screening";

    private final CaseIntakeService intake;
    private final ScreeningFindingRepository findings;
    private final ScreeningReportRepository reports;
    private final ScreeningRoundRepository rounds;

    public FoundDisputeCases(CaseIntakeService intake, ScreeningFindingRepository findings,
                             ScreeningReportRepository reports, ScreeningRoundRepository rounds) {
        this.intake = intake;
        this.findings = findings;
        this.reports = reports;
        this.rounds = rounds;
    }

    /** @return the registered case; empty when the finding was registered before or needs no case */
    public Optional<CaseIntakeResult> register(long findingId) {
        ScreeningFinding finding = findings.find(findingId)
                .orElseThrow(() -> new IllegalStateException("no screening finding " + findingId));
        if (finding.outcome() != FindingOutcome.TO_REGISTER) {
            return Optional.empty();
        }
        ScreeningReport report = reports.find(finding.reportId()).orElseThrow();
        ScreeningRound round = rounds.find(finding.roundId()).orElseThrow();
        String registrar = report.reportedBy() == null ? SYSTEM_USER : report.reportedBy();
        CaseIntakeResult result = intake.submit(request(finding.dispute(), report, round), registrar,
                KEY_PREFIX + findingId);
        findings.markCaseRegistered(findingId, String.valueOf(result.caseId()), result.caseNumber());
        return Optional.of(result);
    }

    static CaseIntakeRequest request(FoundDispute d, ScreeningReport report, ScreeningRound round) {
        String village = report.unitLevel() == UnitLevel.VILLAGE ? report.unitCode() : null;
        List<PartyIntake> parties = List.of(
                new PartyIntake(d.applicantName(), PartyRole.APPLICANT, d.applicantPhone(), null, null,
                        report.townCode(), village),
                new PartyIntake(d.respondentName(), PartyRole.RESPONDENT, d.respondentPhone(), null, null,
                        report.townCode(), village));
        String summary = d.description() + "（" + report.unitName() + round.title() + "发现）";
        return new CaseIntakeRequest(IntakeChannel.SCREENING, d.category(), summary, report.townCode(), village,
                parties, d.peopleInvolved() == null ? parties.size() : d.peopleInvolved(), d.amountInvolved(),
                d.enterpriseRelated(), null, d.riskIndicators());
    }
}
