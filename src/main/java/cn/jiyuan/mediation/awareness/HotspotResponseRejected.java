package cn.jiyuan.mediation.awareness;

import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * A response to a hotspot that cannot be accepted. Thrown while the task is completed, it rolls the completion
 * back: Tasklist shows the sentence beside the field and the task stays open.
 */
public class HotspotResponseRejected extends RuntimeException implements UserInputProblem {

    private final String message;
    private final String field;

    public HotspotResponseRejected(String message, String field) {
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
