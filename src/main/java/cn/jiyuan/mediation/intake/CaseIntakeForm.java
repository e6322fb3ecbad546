package cn.jiyuan.mediation.intake;

import static cn.jiyuan.mediation.intake.CaseIntakeVariables.*;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.forms.FormValues;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.request.FieldErrors;

/**
 * The Tasklist form case-intake as a {@link CaseIntakeCommand}: the applicant and the respondent are the two
 * parties, a number typed as text is read as a number (or named as the API names a number of the wrong type),
 * and the problems are told with the form's labels.
 */
final class CaseIntakeForm {

    /** Chinese names of the command's fields, for the messages shown in the form. */
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
        LABELS.put("representativeTitle", "代表人职务");
        LABELS.put("representative", "法定代表人或主要负责人姓名");
        LABELS.put("type", "当事人类型");
        LABELS.put("sex", "性别");
        LABELS.put("birthDate", "出生日期");
        LABELS.put("ethnicity", "民族");
        LABELS.put("occupation", "职业");
        LABELS.put("workUnit", "工作单位");
        LABELS.put("address", "住所");
        LABELS.put("phone", "联系电话");
        LABELS.put("name", "姓名");
        LABELS.put("peopleInvolved", "涉及人数");
        LABELS.put("amountInvolved", "涉及金额");
        LABELS.put("riskIndicators", "风险因素");
        LABELS.put("parties", "当事人");
    }

    private CaseIntakeForm() {
    }

    /** @param errors gets the values that are not even of their type (text in a number field) */
    static CaseIntakeCommand command(VariableScope form, FieldErrors errors) {
        return new CaseIntakeCommand(text(form, CHANNEL), text(form, CATEGORY), text(form, SUMMARY),
                text(form, TOWN_CODE), text(form, VILLAGE_CODE),
                List.of(party(form, PartyRole.APPLICANT, APPLICANT_NAME, APPLICANT_PHONE, APPLICANT_ID_NUMBER,
                                APPLICANT_CONSENT),
                        party(form, PartyRole.RESPONDENT, RESPONDENT_NAME, RESPONDENT_PHONE, RESPONDENT_ID_NUMBER,
                                RESPONDENT_CONSENT)),
                number(form, PEOPLE_INVOLVED, "必须是整数", errors), number(form, AMOUNT_INVOLVED, "必须是数字（元）", errors),
                FormValues.bool(form.getVariable(ENTERPRISE_RELATED)), text(form, REFERRAL_REFERENCE),
                FormValues.list(form.getVariable(RISK_INDICATORS)));
    }

    private static CaseIntakeCommand.Party party(VariableScope form, PartyRole role, String name, String phone,
                                                 String idNumber, String consent) {
        Object consents = form.getVariable(consent);
        String prefix = role == PartyRole.APPLICANT ? "applicant" : "respondent";
        // the checkbox "同意调解" is ticked by default; unset means consent
        return new CaseIntakeCommand.Party(text(form, name), role.name(), text(form, phone), text(form, idNumber),
                consents == null || FormValues.bool(consents), null, null, text(form, prefix + PARTY_TYPE),
                text(form, prefix + SEX), day(form.getVariable(prefix + BIRTH_DATE)), text(form, prefix + ETHNICITY),
                text(form, prefix + OCCUPATION), text(form, prefix + WORK_UNIT), text(form, prefix + ADDRESS),
                text(form, prefix + REPRESENTATIVE), text(form, prefix + REPRESENTATIVE_TITLE));
    }

    /** A date picked in the form ("1980-03-15"), or a Date sent by another client: its day, as the API takes it. */
    private static String day(Object value) {
        if (value instanceof Date date) {
            return FormValues.date(date, "出生日期").toString();
        }
        String text = FormValues.text(value);
        return text != null && text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    }

    private static String text(VariableScope form, String field) {
        return FormValues.text(form.getVariable(field));
    }

    private static BigDecimal number(VariableScope form, String field, String wrongType, FieldErrors errors) {
        Object value = form.getVariable(field);
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String text = FormValues.text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(field, wrongType);
            return null;
        }
    }

    /** The problems, one a line, with the form's labels. */
    static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("受理信息有误，请更正：");
        for (FieldError error : errors) {
            String field = error.field();
            for (Map.Entry<String, String> label : LABELS.entrySet()) {
                field = field.replace(label.getKey(), label.getValue());
            }
            text.append("\n- ").append(field).append("：").append(error.message());
        }
        return text.toString();
    }
}
