package cn.jiyuan.mediation.screening.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "检查专项排查进度" of {@code screening-report} (after a campaign report, asynchronously). */
@Component("checkScreeningCampaign")
public class CheckScreeningCampaignDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public CheckScreeningCampaignDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.check(((Number) execution.getVariable(ScreeningCampaignVariables.ROUND_ID)).longValue());
    }
}
