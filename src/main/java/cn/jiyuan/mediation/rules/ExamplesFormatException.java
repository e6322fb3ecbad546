package cn.jiyuan.mediation.rules;

import java.util.List;

/** An examples table that cannot be read: every problem in Chinese, naming line and column. */
public class ExamplesFormatException extends RuntimeException {

    private final List<String> problems;

    public ExamplesFormatException(List<String> problems) {
        super(String.join("；", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
