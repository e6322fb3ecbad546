package cn.jiyuan.mediation.monthlyreport;

import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * A form of the monthly work that cannot be accepted. Thrown while the task is completed, it rolls the completion
 * back: Tasklist shows the sentence beside the field and the task stays open, nothing recorded.
 */
public class MonthlyReportRejected extends RuntimeException implements UserInputProblem {

    private final String message;
    private final String field;

    public MonthlyReportRejected(String message, String field) {
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
