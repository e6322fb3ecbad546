package cn.jiyuan.mediation.situationreport;

import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * A report or a handling note that cannot be accepted. Thrown inside the start or the task completion, it rolls
 * it back: Tasklist shows the sentence beside the field and nothing is stored or sent.
 */
public class SituationReportRejected extends RuntimeException implements UserInputProblem {

    private final String message;
    private final String field;

    public SituationReportRejected(String message, String field) {
        super(UserInputProblem.envelope(message, field));
        this.message = message;
        this.field = field;
    }

    @Override
    public String userMessage() {
        return message;
    }

    @Override
    public String fieldKey() {
        return field;
    }
}
