package cn.jiyuan.mediation.monthlyreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.statistics.Figure;
import cn.jiyuan.mediation.statistics.Overview;
import cn.jiyuan.mediation.statistics.StatisticsQuery;
import cn.jiyuan.mediation.statistics.StatisticsService;

/**
 * The figures of a town's monthly report, from the supervisors' statistics ({@link StatisticsService}, the same
 * figures as the dashboard and the ledger with the same filters): the cases registered in the statistical month,
 * and the town's cases still open as of today (open high-risk and overdue cases, whenever registered).
 */
@Component
public class MonthlyFigures {

    /** Open cases are looked for this far back: older open cases would be a matter for the ledger, not a report. */
    static final int OPEN_CASES_YEARS = 5;

    /** The month's figures and the open cases of a town. */
    public record TownFigures(Overview period, Overview open) {

        /** The non-zero entries of a breakdown, "邻里3件、婚姻家庭1件", or "无". */
        public static String nonZero(List<Figure> figures) {
            List<String> parts = figures.stream().filter(f -> f.count() > 0).map(f -> f.label() + f.count() + "件")
                    .toList();
            return parts.isEmpty() ? "无" : String.join("、", parts);
        }

        public static long count(List<Figure> figures, String code) {
            return figures.stream().filter(f -> f.code().equals(code)).mapToLong(Figure::count).sum();
        }
    }

    private final StatisticsService statistics;

    public MonthlyFigures(StatisticsService statistics) {
        this.statistics = statistics;
    }

    /**
     * The town as its justice office sees it on the dashboard with the town filter: the cases located in the town
     * ({@code CaseScope} of the town alone).
     */
    public TownFigures of(String townCode, LocalDate from, LocalDate to) {
        CaseScope town = new CaseScope(false, false, Set.of(), Set.of(townCode), "monthly-report");
        Overview period = statistics.overview(town, new StatisticsQuery(from, to, townCode));
        Overview open = statistics.overview(town, new StatisticsQuery(to.minusYears(OPEN_CASES_YEARS), to, townCode));
        return new TownFigures(period, open);
    }
}
