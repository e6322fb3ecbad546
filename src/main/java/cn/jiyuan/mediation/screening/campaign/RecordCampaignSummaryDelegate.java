package cn.jiyuan.mediation.screening.campaign;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/** Service task "归档汇总意见": keeps the starter's summary opinion with the campaign's round. */
@Component("recordCampaignSummary")
public class RecordCampaignSummaryDelegate implements JavaDelegate {

    private final ScreeningRoundRepository rounds;
    private final IdentityService identity;
    private final ScreeningClock clock;

    public RecordCampaignSummaryDelegate(ScreeningRoundRepository rounds, IdentityService identity,
                                         ScreeningClock clock) {
        this.rounds = rounds;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication user = identity.getCurrentAuthentication();
        Object opinion = execution.getVariable(ScreeningCampaignVariables.SUMMARY_OPINION);
        rounds.saveSummary(((Number) execution.getVariable(ScreeningCampaignVariables.ROUND_ID)).longValue(),
                opinion == null ? null : opinion.toString(), user == null ? null : user.getUserId(), clock.now());
    }
}
