package cn.jiyuan.mediation.disputecase;

import static cn.jiyuan.mediation.disputecase.DisputeCaseVariables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.Committee;

/**
 * Starts the process dispute-case for a registered case (business key: the case number), as the current
 * engine user, inside the caller's transaction.
 */
@Component
public class DisputeCaseStarter {

    private final RuntimeService runtime;

    public DisputeCaseStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** @return the process instance id */
    public String start(CaseFile c, Committee committee, boolean partyRefused, LocalDate startBy) {
        VariableMap variables = Variables.createVariables()
                .putValue(CASE_ID, c.id())
                .putValue(CASE_NUMBER, c.caseNumber())
                .putValue(CATEGORY, c.category().name())
                .putValue(CHANNEL, c.channel().name())
                .putValue(TOWN_CODE, c.townCode())
                .putValue(HANDLING_LEVEL, c.handlingLevel().name())
                .putValue(COMMITTEE_CODE, committee.code())
                .putValue(RISK_LEVEL, c.riskLevel().name())
                .putValue(GREEN_CHANNEL, c.greenChannel())
                .putValue(EARLY_WARNING, c.earlyWarning())
                .putValue(CANDIDATE_GROUP, committee.groupId())
                .putValue(PARTY_REFUSED, partyRefused)
                .putValue(DEADLINE, CaseTime.endOf(c.deadline()))
                .putValue(START_BY, startBy == null ? null : CaseTime.endOf(startBy));
        return runtime.startProcessInstanceByKey(PROCESS_KEY, c.caseNumber(), variables).getId();
    }
}
