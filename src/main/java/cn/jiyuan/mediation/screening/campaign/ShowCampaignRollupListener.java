package cn.jiyuan.mediation.screening.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Puts the campaign's results on the summary task ("专项排查汇总"), for its form to show. */
@Component("showCampaignRollup")
public class ShowCampaignRollupListener implements TaskListener {

    private final CampaignRollup rollup;

    public ShowCampaignRollupListener(CampaignRollup rollup) {
        this.rollup = rollup;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(ScreeningCampaignVariables.ROLLUP, rollup.text(((Number) task.getVariable(ScreeningCampaignVariables.ROUND_ID)).longValue()));
    }
}
