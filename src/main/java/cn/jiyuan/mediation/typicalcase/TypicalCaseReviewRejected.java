package cn.jiyuan.mediation.typicalcase;

import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * A review that cannot be accepted (no decision, a return without its reason). Thrown while the task is completed,
 * it rolls the completion back: Tasklist shows the sentence beside the field and the task stays open.
 */
public class TypicalCaseReviewRejected extends RuntimeException implements UserInputProblem {

    private final String message;
    private final String field;

    public TypicalCaseReviewRejected(String message, String field) {
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
