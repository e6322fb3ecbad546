package cn.jiyuan.mediation.screening.report;

import cn.jiyuan.mediation.platform.UserInputProblem;

import java.util.List;

/**
 * A report that cannot be accepted, with every reason in Chinese. Thrown while the task is completed, it
 * rolls the completion back: Tasklist shows the reasons and the task stays open.
 */
public class ScreeningReportRejected extends RuntimeException implements UserInputProblem {

    private final transient List<String> problems;

    public ScreeningReportRejected(List<String> problems) {
        super(UserInputProblem.envelope(text(problems)));
        this.problems = List.copyOf(problems);
    }

    private static String text(List<String> problems) {
        return "排查报告未通过校验：" + String.join("；", problems);
    }

    @Override
    public String userMessage() {
        return text(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
