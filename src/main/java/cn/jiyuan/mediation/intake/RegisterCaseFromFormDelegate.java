package cn.jiyuan.mediation.intake;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.forms.FormValues;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * Service task "受理登记" of process case-intake (the Tasklist start form for walk-in, hotline and
 * screening cases): maps the form's fields to the JSON of POST /api/cases, validates them with the API's own
 * reader and registers the case with {@link CaseIntakeService} (which starts dispute-case). Bad input
 * throws the BPMN error {@value #INVALID_INTAKE} with every problem in {@code intakeErrors} (in Chinese),
 * and the process asks the registrar to correct the form.
 */
@Component("registerCaseFromForm")
public class RegisterCaseFromFormDelegate implements JavaDelegate {

    public static final String INVALID_INTAKE = "INVALID_INTAKE";
    public static final String INTAKE_ERRORS = "intakeErrors";

    /** Chinese names of the API's fields, for the messages shown in the form. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("parties[0].", "申请人");
        LABELS.put("parties[1].", "被申请人");
        LABELS.put("channel", "案件来源");
        LABELS.put("category", "纠纷类型");
        LABELS.put("summary", "纠纷简要情况");
        LABELS.put("townCode", "镇(街道)代码");
        LABELS.put("villageCode", "村(社区)代码");
        LABELS.put("idNumber", "身份证号码");
        LABELS.put("phone", "联系电话");
        LABELS.put("name", "姓名");
        LABELS.put("peopleInvolved", "涉及人数");
        LABELS.put("amountInvolved", "涉及金额");
        LABELS.put("riskIndicators", "风险因素");
        LABELS.put("parties", "当事人");
    }

    private final CaseIntakeRequestReader reader;
    private final CaseIntakeService intake;
    private final IdentityService identity;
    private final IntakeScope scope;
    private final IntakeDrafts drafts;
    private final ObjectMapper json = new ObjectMapper();

    public RegisterCaseFromFormDelegate(CaseIntakeRequestReader reader, CaseIntakeService intake,
                                        IdentityService identity, IntakeScope scope, IntakeDrafts drafts) {
        this.reader = reader;
        this.intake = intake;
        this.identity = identity;
        this.scope = scope;
        this.drafts = drafts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        restoreDraft(execution);
        ObjectNode body = toRequest(execution);
        Authentication authentication = identity.getCurrentAuthentication();
        String user = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                : String.valueOf(execution.getVariable("initiator"));
        CaseIntakeRequest request;
        try {
            request = reader.read(body);
            List<String> groups = authentication == null || authentication.getGroupIds() == null ? List.of()
                    : authentication.getGroupIds();
            Optional<String> refusal = scope.refusal(groups, request.townCode());
            if (refusal.isPresent()) {
                throw new InvalidRequestException(List.of(new FieldError("townCode", refusal.get())));
            }
        } catch (InvalidRequestException e) {
            // the parties' data waits in the project's table for the correction, not in the process
            drafts.save(execution.getProcessInstanceId(), user, personalData(execution));
            drafts.fields().forEach(execution::removeVariable);
            execution.setVariable(INTAKE_ERRORS, describe(e.errors()));
            throw new BpmnError(INVALID_INTAKE, "受理信息有误");
        }
        CaseIntakeResult result = intake.submit(request, user, null);
        drafts.delete(execution.getProcessInstanceId());
        execution.removeVariable(INTAKE_ERRORS);
        execution.setVariable("caseId", result.caseId());
        execution.setVariable("caseNumber", result.caseNumber());
        execution.setVariable("disputeCaseInstanceId", result.processInstanceId());
        execution.setVariable("committeeCode", result.committeeCode());
        execution.setVariable("handlingLevel", result.handlingLevel());
        execution.setVariable("riskLevel", result.riskLevel());
        // the parties' personal data is now in the case tables; the process keeps only the ids
        removePersonalData(execution);
    }

    /**
     * A correction that does not send a personal field at all keeps what was entered before (an API client may
     * send only the corrected field; Tasklist sends them all, filled from the draft). A field sent empty is empty.
     */
    private void restoreDraft(DelegateExecution execution) {
        drafts.find(execution.getProcessInstanceId()).ifPresent(draft -> draft.values().forEach((field, value) -> {
            if (!execution.hasVariable(field)) {
                execution.setVariable(field, value);
            }
        }));
    }

    private Map<String, String> personalData(DelegateExecution execution) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : drafts.fields()) {
            String value = FormValues.text(execution.getVariable(field));
            if (value != null) {
                values.put(field, value);
            }
        }
        return values;
    }

    private void removePersonalData(DelegateExecution execution) {
        drafts.fields().forEach(execution::removeVariable);
        execution.removeVariable("applicantConsent");
        execution.removeVariable("respondentConsent");
    }

    ObjectNode toRequest(DelegateExecution execution) {
        ObjectNode body = json.createObjectNode();
        putText(body, "channel", execution.getVariable("channel"));
        putText(body, "category", execution.getVariable("category"));
        putText(body, "summary", execution.getVariable("summary"));
        putText(body, "townCode", execution.getVariable("townCode"));
        putText(body, "villageCode", execution.getVariable("villageCode"));
        ArrayNode parties = body.putArray("parties");
        party(parties, execution, "applicant", "APPLICANT");
        party(parties, execution, "respondent", "RESPONDENT");
        Object people = execution.getVariable("peopleInvolved");
        if (people instanceof Number n) {
            body.put("peopleInvolved", n.longValue() == n.doubleValue() ? n.longValue() : n.doubleValue());
        } else {
            putText(body, "peopleInvolved", people);
        }
        Object amount = execution.getVariable("amountInvolved");
        if (amount instanceof Number n) {
            body.put("amountInvolved", new BigDecimal(n.toString()));
        } else {
            putText(body, "amountInvolved", amount);
        }
        body.put("enterpriseRelated", FormValues.bool(execution.getVariable("enterpriseRelated")));
        putText(body, "referralReference", execution.getVariable("referralReference"));
        ArrayNode indicators = body.putArray("riskIndicators");
        FormValues.list(execution.getVariable("riskIndicators")).forEach(indicators::add);
        return body;
    }

    private static void party(ArrayNode parties, DelegateExecution execution, String prefix, String role) {
        ObjectNode party = parties.addObject();
        putText(party, "name", execution.getVariable(prefix + "Name"));
        party.put("role", role);
        putText(party, "phone", execution.getVariable(prefix + "Phone"));
        putText(party, "idNumber", execution.getVariable(prefix + "IdNumber"));
        Object consent = execution.getVariable(prefix + "Consent");
        // the form asks "拒绝调解" only when a party refuses; unset means consent
        party.put("consent", consent == null || FormValues.bool(consent));
    }

    private static void putText(ObjectNode node, String field, Object value) {
        String text = FormValues.text(value);
        if (text != null) {
            node.put(field, text);
        }
    }

    static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("受理信息有误，请更正：");
        for (FieldError error : errors) {
            String field = error.field();
            for (Map.Entry<String, String> label : LABELS.entrySet()) {
                field = field.replace(label.getKey(), label.getValue() + (label.getKey().endsWith(".") ? "" : ""));
            }
            text.append("\n- ").append(field).append("：").append(error.message());
        }
        return text.toString();
    }
}
