package cn.jiyuan.mediation.semiannual;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.statistics.Overview;
import cn.jiyuan.mediation.statistics.StatisticsQuery;
import cn.jiyuan.mediation.statistics.StatisticsService;

/**
 * The figures pre-filled into a summary, from the supervisors' statistics ({@link StatisticsService#overview},
 * defined in {@link Overview}) over the cases the office or committee handles or supervises: a justice office its
 * town and the committees it supervises, an industry committee its own cases. Text, as the form and the roll-up
 * show it; the figures hold no personal data.
 */
@Component
public class SummaryFigures {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final StatisticsService statistics;
    private final OrganizationRepository registry;

    public SummaryFigures(StatisticsService statistics, OrganizationRepository registry) {
        this.statistics = statistics;
        this.registry = registry;
    }

    public String of(ReportingUnit unit, LocalDate from, LocalDate to) {
        return text(statistics.overview(scope(unit), new StatisticsQuery(from, to, null)));
    }

    /** The cases the unit handles or supervises, as {@link CaseScope#of} gives them to its members. */
    CaseScope scope(ReportingUnit unit) {
        if (unit.kind() == UnitKind.INDUSTRY_COMMITTEE) {
            return new CaseScope(false, false, Set.of(unit.code()), Set.of(), null);
        }
        Set<String> supervised = registry.findCommittees().stream()
                .filter(c -> unit.code().equals(c.supervisingOfficeCode())).map(Committee::code)
                .collect(Collectors.toUnmodifiableSet());
        return new CaseScope(false, false, supervised, Set.of(unit.townCode()), null);
    }

    static String text(Overview o) {
        StringBuilder t = new StringBuilder();
        t.append(o.from().format(DAY)).append("至").append(o.to().format(DAY)).append("：受理矛盾纠纷")
                .append(o.registered()).append("件，调结").append(o.concluded()).append("件，其中调解成功")
                .append(o.agreements()).append("件，调解成功率").append(percent(o.successRate())).append("，按期办结率")
                .append(percent(o.onTimeRate())).append("，平均办结")
                .append(o.averageDaysToConclude() == null ? "—" : o.averageDaysToConclude() + "天").append("；未结")
                .append(o.open()).append("件，其中超期").append(o.overdue()).append("件；预警上报")
                .append(o.earlyWarnings().total()).append("件；回访发现反弹").append(o.rebounds().cases()).append("件。");
        String categories = o.byCategory().stream().filter(f -> f.count() > 0)
                .map(f -> f.label() + f.count() + "件").collect(Collectors.joining("、"));
        if (!categories.isEmpty()) {
            t.append("\n按纠纷类型：").append(categories).append("。");
        }
        var s = o.screening();
        t.append("\n矛盾纠纷排查：").append(s.rounds()).append("轮，应报").append(s.expected()).append("份，已报")
                .append(s.reported()).append("份（覆盖率").append(percent(s.coverageRate())).append("），排查发现纠纷")
                .append(s.disputesFound()).append("件。");
        return t.toString();
    }

    private static String percent(Double rate) {
        if (rate == null) {
            return "—";
        }
        return java.math.BigDecimal.valueOf(rate * 100).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
