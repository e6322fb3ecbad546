package cn.jiyuan.mediation.organization.importing;

import java.util.List;
import java.util.stream.Collectors;

/** An import was rejected as a whole; nothing was written. */
public class OrganizationImportException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public OrganizationImportException(List<ImportProblem> problems) {
        super("组织机构导入被整体拒绝，未做任何修改（共" + problems.size() + "处问题）：\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
