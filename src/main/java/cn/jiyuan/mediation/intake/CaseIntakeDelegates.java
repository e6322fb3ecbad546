package cn.jiyuan.mediation.intake;

import static cn.jiyuan.mediation.intake.CaseIntakeVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseStatusService;
import cn.jiyuan.mediation.forms.FormValues;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.request.FieldErrors;

/**
 * The delegates of intake, referenced as {@code ${beanName}}: {@code registerCaseFromForm} of
 * processes/case-intake.bpmn and {@code recordRefusal} of processes/dispute-case.bpmn.
 */
@Configuration(proxyBeanMethods = false)
public class CaseIntakeDelegates {

    /**
     * 受理登记 (the Tasklist start form for walk-in, hotline and screening cases): the form's values become the
     * same {@link CaseIntakeCommand} as the JSON of POST /api/cases, checked by the same
     * {@link CaseIntakeValidation}, and the case is registered by {@link CaseIntakeService} (which starts
     * dispute-case). Bad input throws the BPMN error {@value CaseIntakeVariables#INVALID_INTAKE} with every problem
     * in {@value CaseIntakeVariables#INTAKE_ERRORS} (in Chinese), and the process asks the registrar to correct
     * the form; meanwhile the parties' data waits in {@link IntakeDrafts}, not in the process.
     */
    @Bean
    public JavaDelegate registerCaseFromForm(CaseIntakeValidation validation, CaseIntakeService intake,
                                             IdentityService identity, IntakeScope scope, IntakeDrafts drafts) {
        return execution -> {
            restoreDraft(execution, drafts);
            Authentication authentication = identity.getCurrentAuthentication();
            String user = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                    : String.valueOf(execution.getVariable(INITIATOR));
            List<String> groups = authentication == null || authentication.getGroupIds() == null ? List.of()
                    : authentication.getGroupIds();
            CaseIntakeRequest request;
            try {
                FieldErrors errors = new FieldErrors();
                request = validation.validate(CaseIntakeForm.command(execution, errors), errors);
                scope.refusal(groups, request.townCode()).ifPresent(refusal -> {
                    FieldErrors outside = new FieldErrors();
                    outside.add("townCode", refusal);
                    outside.throwIfAny();
                });
            } catch (InvalidRequestException e) {
                drafts.save(execution.getProcessInstanceId(), user, personalData(execution, drafts));
                drafts.fields().forEach(execution::removeVariable);
                execution.setVariable(INTAKE_ERRORS, CaseIntakeForm.describe(e.errors()));
                throw new BpmnError(INVALID_INTAKE, "受理信息有误");
            }
            CaseIntakeResult result = intake.submit(request, user, null);
            drafts.delete(execution.getProcessInstanceId());
            execution.removeVariable(INTAKE_ERRORS);
            execution.setVariable(CASE_ID, result.caseId());
            execution.setVariable(CASE_NUMBER, result.caseNumber());
            execution.setVariable(DISPUTE_CASE_INSTANCE_ID, result.processInstanceId());
            execution.setVariable(COMMITTEE_CODE, result.committeeCode());
            execution.setVariable(HANDLING_LEVEL, result.handlingLevel());
            execution.setVariable(RISK_LEVEL, result.riskLevel());
            // the parties' personal data is now in the case tables; the process keeps only the ids
            drafts.fields().forEach(execution::removeVariable);
            CONSENTS.forEach(execution::removeVariable);
        };
    }

    /** 记录拒绝调解并告知其他途径 (dispute-case): the case ends as refused. */
    @Bean
    public JavaDelegate recordRefusal(CaseStatusService statuses, CaseOfProcess caseOf) {
        return execution -> statuses.recordRefusal(caseOf.id(execution));
    }

    /**
     * A correction that does not send a personal field at all keeps what was entered before (an API client may
     * send only the corrected field; Tasklist sends them all, filled from the draft). A field sent empty is empty.
     */
    private static void restoreDraft(DelegateExecution execution, IntakeDrafts drafts) {
        drafts.find(execution.getProcessInstanceId()).ifPresent(draft -> draft.values().forEach((field, value) -> {
            if (!execution.hasVariable(field)) {
                execution.setVariable(field, value);
            }
        }));
    }

    private static Map<String, String> personalData(DelegateExecution execution, IntakeDrafts drafts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : drafts.fields()) {
            String value = FormValues.text(execution.getVariable(field));
            if (value != null) {
                values.put(field, value);
            }
        }
        return values;
    }
}
