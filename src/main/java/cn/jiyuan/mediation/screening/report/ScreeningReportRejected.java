package cn.jiyuan.mediation.screening.report;

import java.util.List;

/**
 * A report that cannot be accepted, with every reason in Chinese. Thrown while the task is completed, it
 * rolls the completion back: Tasklist shows the reasons and the task stays open.
 */
public class ScreeningReportRejected extends RuntimeException {

    private final transient List<String> problems;

    public ScreeningReportRejected(List<String> problems) {
        super("排查报告未通过校验：" + String.join("；", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
