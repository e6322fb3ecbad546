package cn.jiyuan.mediation.screening.campaign;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;
import cn.jiyuan.mediation.screening.schedule.RoundKind;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/**
 * Tells a campaign that every unit in its scope has reported, so that its summary need not wait for the
 * due time. Safe to call more often than needed: a campaign no longer waiting ignores the message.
 */
@Service
public class CampaignProgress {

    private final ScreeningRoundRepository rounds;
    private final ScreeningReportRepository reports;
    private final RuntimeService runtime;

    public CampaignProgress(ScreeningRoundRepository rounds, ScreeningReportRepository reports, RuntimeService runtime) {
        this.rounds = rounds;
        this.reports = reports;
        this.runtime = runtime;
    }

    /** @return true when the round is complete and its campaign was told */
    public boolean check(long roundId) {
        ScreeningRound round = rounds.find(roundId).orElse(null);
        if (round == null || round.kind() != RoundKind.CAMPAIGN || round.processInstanceId() == null
                || reports.countPending(roundId) > 0) {
            return false;
        }
        return !runtime.createMessageCorrelation(ScreeningCampaignVariables.ALL_REPORTED_MESSAGE).processInstanceId(round.processInstanceId())
                .correlateAllWithResult().isEmpty();
    }
}
