package cn.jiyuan.mediation.rules;

import java.util.List;

/**
 * The outcome of running a rule version's tests.
 *
 * @param projectExamples  examples of the project's table that were run
 * @param uploadedExamples the supervisor's own examples that were run
 * @param failures         examples decided otherwise than expected
 * @param uncovered        rules of the version that no example reached, in Chinese
 */
public record TestReport(int projectExamples, int uploadedExamples, List<ExampleFailure> failures,
                         List<String> uncovered) {

    public boolean passed() {
        return failures.isEmpty() && uncovered.isEmpty();
    }

    public int examples() {
        return projectExamples + uploadedExamples;
    }
}
