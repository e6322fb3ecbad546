package cn.jiyuan.mediation.screening.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * A report that cannot be accepted, with every reason in Chinese, each naming its field. Thrown while the task
 * is completed, it rolls the completion back: Tasklist shows the reasons beside the first field concerned and the
 * task stays open.
 */
public class ScreeningReportRejected extends RuntimeException implements UserInputProblem {

    /** What the fields are called on the form, for a message that does not name its field itself. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("zeroReport", "零报告"), Map.entry("disputes", "发现的矛盾纠纷"), Map.entry("risks", "风险隐患"),
            Map.entry("description", "纠纷简要情况"), Map.entry("category", "纠纷类型"),
            Map.entry("peopleInvolved", "涉及人数"), Map.entry("applicantName", "申请人姓名"),
            Map.entry("applicantPhone", "申请人电话"), Map.entry("respondentName", "被申请人姓名"),
            Map.entry("respondentPhone", "被申请人电话"), Map.entry("handling", "处理方式"),
            Map.entry("resolution", "化解情况"), Map.entry("amountInvolved", "涉及金额"),
            Map.entry("enterpriseRelated", "涉企纠纷"), Map.entry("riskIndicators", "风险因素"));
    private static final Pattern ROW = Pattern.compile("disputes\\[(\\d+)]\\.(\\w+).*");

    private final transient List<FieldError> problems;

    public ScreeningReportRejected(List<FieldError> problems) {
        super(UserInputProblem.envelope(text(problems), firstField(problems)));
        this.problems = List.copyOf(problems);
    }

    /** A reason about the report as a whole. */
    public ScreeningReportRejected(String problem) {
        this(List.of(new FieldError("(body)", problem)));
    }

    private static String text(List<FieldError> problems) {
        return "排查报告未通过校验：" + String.join("；", problems.stream().map(ScreeningReportRejected::sentence).toList());
    }

    /** 第2件矛盾纠纷的涉及金额：不能为负数 */
    static String sentence(FieldError problem) {
        Matcher row = ROW.matcher(problem.field());
        String label = LABELS.get(row.matches() ? row.group(2) : problem.field());
        String prefix = row.matches() ? "第" + (Integer.parseInt(row.group(1)) + 1) + "件矛盾纠纷" : "";
        if (label == null || problem.message().contains(label) || problem.message().startsWith("请")) {
            return prefix.isEmpty() ? problem.message() : prefix + "：" + problem.message();
        }
        return prefix + (prefix.isEmpty() ? "" : "的") + label + "：" + problem.message();
    }

    @Override
    public String userMessage() {
        return text(problems);
    }

    @Override
    public String fieldKey() {
        return firstField(problems);
    }

    private static String firstField(List<FieldError> problems) {
        String field = problems.isEmpty() ? null : problems.get(0).field();
        return "(body)".equals(field) ? null : field;
    }

    public List<FieldError> problems() {
        return problems;
    }
}
