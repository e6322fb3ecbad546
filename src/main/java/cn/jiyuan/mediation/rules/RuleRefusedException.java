package cn.jiyuan.mediation.rules;

import java.util.List;

/**
 * A rule version that is not deployed (answered 422): the file breaks the platform's contract ({@link #problems()}),
 * or its tests fail ({@link #report()}). Every text is Chinese.
 */
public class RuleRefusedException extends RuntimeException {

    private final List<String> problems;
    private final TestReport report;

    RuleRefusedException(String message, List<String> problems, TestReport report) {
        super(message);
        this.problems = List.copyOf(problems);
        this.report = report;
    }

    public List<String> problems() {
        return problems;
    }

    /** The tests' outcome, or null when the file was refused before any example ran. */
    public TestReport report() {
        return report;
    }
}
