package cn.jiyuan.mediation.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Task completions the end-to-end tests send through the engine API, as Tasklist submits them. */
public final class MediationForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MediationForms() {
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
