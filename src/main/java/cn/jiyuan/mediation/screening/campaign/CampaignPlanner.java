package cn.jiyuan.mediation.screening.campaign;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.ScreeningDueDates;
import cn.jiyuan.mediation.screening.report.ReportingUnit;
import cn.jiyuan.mediation.screening.report.ReportingUnits;
import cn.jiyuan.mediation.screening.schedule.RoundKind;
import cn.jiyuan.mediation.screening.schedule.RoundOpener;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/**
 * Opens a campaign's round: a pending report for every village and town committee in its scope, due at
 * the chosen day's due time. A campaign process opens its round once (the round key is its id). The start
 * form is checked first (and that the starter may screen that scope): problems fail the start, so Tasklist
 * shows them.
 */
@Service
public class CampaignPlanner {

    private final ReportingUnits units;
    private final RoundOpener opener;
    private final ScreeningRoundRepository rounds;
    private final ScreeningDueDates dueDates;
    private final ScreeningClock clock;
    private final CampaignOrderReader reader;
    private final CampaignPermissions permissions;
    private final IdentityService identity;

    public CampaignPlanner(ReportingUnits units, RoundOpener opener, ScreeningRoundRepository rounds,
                           ScreeningDueDates dueDates, ScreeningClock clock, CampaignOrderReader reader,
                           CampaignPermissions permissions, IdentityService identity) {
        this.units = units;
        this.opener = opener;
        this.rounds = rounds;
        this.dueDates = dueDates;
        this.clock = clock;
        this.reader = reader;
        this.permissions = permissions;
        this.identity = identity;
    }

    /** The campaign's round and its reports in batches to start. */
    public record CampaignPlan(long roundId, int expectedUnits, ScreeningDueDates.Due due, List<String> batches) {
    }

    /** Plans the campaign its start form orders, when the initiator (if any) may screen its scope. */
    public CampaignPlan planStarted(Map<String, ?> startForm, String initiator, String processInstanceId) {
        CampaignOrder order = reader.read(startForm);
        if (initiator != null) {
            List<String> groups = identity.createGroupQuery().groupMember(initiator).list().stream()
                    .map(Group::getId).toList();
            permissions.refusal(groups, order).ifPresent(r -> {
                throw new IllegalStateException(r.chinese());
            });
        }
        return plan(order, initiator, processInstanceId);
    }

    public CampaignPlan plan(CampaignOrder order, String initiator, String processInstanceId) {
        String key = ScreeningRound.campaignKey(processInstanceId);
        if (rounds.findByKey(key).isPresent()) {
            throw new IllegalStateException("campaign round " + key + " exists already");
        }
        List<ReportingUnit> reporting = units.find(RoundKind.CAMPAIGN.committees(), order.scopeTowns());
        if (reporting.isEmpty()) {
            throw new CampaignOrderReader.InvalidOrder(List.of(new FieldError(ScreeningCampaignVariables.TOWN_CODES,
                    "排查范围内没有调委会")));
        }
        ScreeningDueDates.Due due = dueDates.campaign(order.dueDate());
        RoundOpener.Opened opened = opener.open(opener.newRound(key, RoundKind.CAMPAIGN, clock.today(),
                "专项排查：" + order.topic(), order.topic(), order.requirement(), order.scopeTowns(), due, initiator,
                processInstanceId), reporting, due);
        return new CampaignPlan(opened.roundId(), reporting.size(), due, opener.batches(opened.reportIds()));
    }
}
