package cn.jiyuan.mediation.screening.campaign;

import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Starts a {@code screening-campaign} for an API caller (the engine's authenticated user becomes its
 * initiator and gets the summary task), with the variables its start form would submit.
 */
@Service
public class CampaignLauncher {

    public static final String PROCESS = ScreeningCampaignVariables.PROCESS_KEY;

    private final RuntimeService runtime;

    public CampaignLauncher(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public CampaignStarted launch(CampaignOrder order) {
        VariableMap variables = Variables.createVariables()
                .putValue(ScreeningCampaignVariables.TOPIC, order.topic())
                .putValue(ScreeningCampaignVariables.REQUIREMENT, order.requirement())
                .putValue(ScreeningCampaignVariables.SCOPE, order.scope().name())
                .putValue(ScreeningCampaignVariables.TOWN_CODES, Variables.objectValue(new java.util.ArrayList<>(order.scopeTowns()))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
                .putValue(ScreeningCampaignVariables.DUE_DATE, order.dueDate().toString());
        ProcessInstanceWithVariables started = runtime.createProcessInstanceByKey(PROCESS).setVariables(variables)
                .executeWithVariablesInReturn();
        VariableMap result = started.getVariables();
        return new CampaignStarted(((Number) result.get(ScreeningCampaignVariables.ROUND_ID)).longValue(),
                started.getId(), order.topic(), order.scope().name(), order.scopeTowns(),
                ScreeningClock.toOffset((Date) result.get(ScreeningCampaignVariables.DUE_AT)),
                ((Number) result.get(ScreeningCampaignVariables.EXPECTED_UNITS)).intValue());
    }
}
