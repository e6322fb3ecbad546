package cn.jiyuan.mediation.provincial;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/**
 * The month's concluded cases of a scope, each with the required fields it lacks: what both files and the check are
 * made of, so that the check lists exactly the cases the files mark 待补录.
 */
@Service
public class ProvincialExport {

    private final ConcludedCases cases;
    private final OrganizationRepository registry;

    public ProvincialExport(ConcludedCases cases, OrganizationRepository registry) {
        this.cases = cases;
        this.registry = registry;
    }

    /** Hands every case of the month to {@code each} with its gaps, in the order of conclusion, holding none. */
    void stream(ExportScope scope, ReportMonth month, BiConsumer<ConcludedCase, List<Gap>> each) {
        cases.stream(scope, month, c -> each.accept(c, RequiredFields.of(c)));
    }

    /** The cases of the month that lack a required field (the check before the export). */
    ExportCheck check(ExportScope scope, ReportMonth month) {
        List<ExportCheck.Incomplete> incomplete = new ArrayList<>();
        long[] total = {0};
        stream(scope, month, (c, gaps) -> {
            total[0]++;
            if (!gaps.isEmpty()) {
                incomplete.add(new ExportCheck.Incomplete(c.caseId(), c.caseNumber(), c.townName(), c.committeeName(),
                        c.concludedOn(), gaps));
            }
        });
        return new ExportCheck(month.toString(), scopeName(scope), total[0], total[0] - incomplete.size(),
                incomplete.size(), incomplete);
    }

    /** 全市, or the names of the towns of a justice office's export. */
    String scopeName(ExportScope scope) {
        if (scope.wholeCity()) {
            return "全市";
        }
        return scope.towns().stream().map(code -> registry.findUnit(code).map(OrgUnit::name).orElse(code))
                .collect(Collectors.joining("、"));
    }
}
