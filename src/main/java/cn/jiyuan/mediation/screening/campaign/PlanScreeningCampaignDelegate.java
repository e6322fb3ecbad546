package cn.jiyuan.mediation.screening.campaign;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Service task "确定排查范围" of {@code screening-campaign}: checks the start form (and that the starter may
 * screen that scope), then opens the round. Problems fail the start, so Tasklist shows them.
 */
@Component("planScreeningCampaign")
public class PlanScreeningCampaignDelegate implements JavaDelegate {

    private final CampaignOrderReader reader;
    private final CampaignPermissions permissions;
    private final CampaignPlanner planner;
    private final IdentityService identity;

    public PlanScreeningCampaignDelegate(CampaignOrderReader reader, CampaignPermissions permissions,
                                         CampaignPlanner planner, IdentityService identity) {
        this.reader = reader;
        this.permissions = permissions;
        this.planner = planner;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CampaignOrder order = reader.read(execution.getVariables());
        String initiator = (String) execution.getVariable(ScreeningCampaignVariables.INITIATOR);
        if (initiator != null) {
            List<String> groups = identity.createGroupQuery().groupMember(initiator).list().stream()
                    .map(Group::getId).toList();
            permissions.refusal(groups, order).ifPresent(r -> {
                throw new IllegalStateException(r.chinese());
            });
        }
        CampaignPlanner.CampaignPlan plan = planner.plan(order, initiator, execution.getProcessInstanceId());
        execution.setVariable(ScreeningCampaignVariables.ROUND_ID, plan.roundId());
        execution.setVariable(ScreeningCampaignVariables.EXPECTED_UNITS, plan.expectedUnits());
        execution.setVariable(ScreeningCampaignVariables.DUE_AT, ScreeningClock.toDate(plan.due().dueAt()));
        execution.setVariable(ScreeningCampaignVariables.BATCHES, plan.batches());
    }
}
