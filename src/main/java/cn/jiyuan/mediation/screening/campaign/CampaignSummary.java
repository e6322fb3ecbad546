package cn.jiyuan.mediation.screening.campaign;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/** The starter's summary opinion of a campaign (归档汇总意见), kept with the campaign's round. */
@Service
public class CampaignSummary {

    private final ScreeningRoundRepository rounds;
    private final IdentityService identity;
    private final ScreeningClock clock;

    public CampaignSummary(ScreeningRoundRepository rounds, IdentityService identity, ScreeningClock clock) {
        this.rounds = rounds;
        this.identity = identity;
        this.clock = clock;
    }

    /** Records the opinion as written by the current user, now. */
    public void record(long roundId, Object opinion) {
        Authentication user = identity.getCurrentAuthentication();
        rounds.saveSummary(roundId, opinion == null ? null : opinion.toString(), user == null ? null : user.getUserId(),
                clock.now());
    }
}
