package cn.jiyuan.mediation.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Task completions the end-to-end tests send through the engine API, as Tasklist submits them. */
public final class MediationForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MediationForms() {
    }

    /**
     * The section "当事人基本情况" of the mediation form for a written agreement in {@link CaseRequests#neighbourDispute()}
     * (人民调解法第二十九条): the applicant 王大山 with his ID number (sex and birth date from it), the respondent 李小河
     * without one, as the mediator completes them. Values as Tasklist submits them (strings).
     */
    public static java.util.Map<String, Object> agreementParties() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("applicantType", "PERSON");
        fields.put("applicantIdNumber", CaseRequests.idNumber("41088119800315123"));
        fields.put("applicantPhone", "13812341234");
        fields.put("applicantSex", "MALE");
        fields.put("applicantBirthDate", "1980-03-15");
        fields.put("applicantEthnicity", "01");
        fields.put("applicantOccupation", "农民");
        fields.put("applicantAddress", "河南省济源市克井镇东许村三组12号");
        fields.put("respondentType", "PERSON");
        fields.put("respondentPhone", "0391-6612345");
        fields.put("respondentSex", "FEMALE");
        fields.put("respondentBirthDate", "1985-07-02");
        fields.put("respondentEthnicity", "03");
        fields.put("respondentOccupation", "个体经营者");
        fields.put("respondentWorkUnit", "济源市克井镇小河便民超市");
        fields.put("respondentAddress", "河南省济源市克井镇东许村三组14号");
        return fields;
    }

    /** The mediation form with a recorded session and "continue" (the task comes back). */
    public static String sessionAndContinue() {
        ObjectNode vars = JSON.createObjectNode();
        vars.putObject("sessionMode").put("value", "FACE_TO_FACE").put("type", "String");
        vars.putObject("sessionPlace").put("value", "东许村村委会调解室").put("type", "String");
        vars.putObject("sessionForces").put("value", "[\"MEDIATOR\"]").put("type", "Json");
        vars.putObject("sessionParticipants").put("value", "双方当事人").put("type", "String");
        vars.putObject("sessionNotes").put("value", "双方陈述意见。").put("type", "String");
        vars.putObject("mediationAction").put("value", "CONTINUE").put("type", "String");
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", vars);
        return body.toString();
    }
}
