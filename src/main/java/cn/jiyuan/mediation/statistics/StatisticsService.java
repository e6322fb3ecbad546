package cn.jiyuan.mediation.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.calendar.SensitivePeriodCalendar;
import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.ledger.LedgerFilter;
import cn.jiyuan.mediation.ledger.LedgerQuery;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * The supervisors' figures ({@link Overview}, where every figure is defined): for the API and, in-process, for the
 * Cockpit dashboard. Limited to the cases the reader handles or supervises ({@link CaseScope#handles()}): a justice
 * office sees its town, a committee its own cases, the grassroots section and the city centre the whole city. The
 * case figures count the rows of the ledger's own condition ({@link LedgerQuery}, in {@link CaseFigures}), so that
 * they cannot disagree with the ledger.
 */
@Service
public class StatisticsService {

    /** The open high-risk cases listed at most (their number is in openByRiskLevel). */
    public static final int MAX_HIGH_RISK_CASES = 200;

    private final CaseFigures figures;
    private final StatisticsRepository repository;
    private final OrganizationRepository registry;
    private final SensitivePeriodCalendar calendar;
    private final ScreeningClock screeningClock;

    public StatisticsService(CaseFigures figures, StatisticsRepository repository, OrganizationRepository registry,
                             SensitivePeriodCalendar calendar, ScreeningClock screeningClock) {
        this.figures = figures;
        this.repository = repository;
        this.registry = registry;
        this.calendar = calendar;
        this.screeningClock = screeningClock;
    }

    /**
     * The figures the user may see. Administrators handle no case but read every case (masked): the figures hold no
     * personal data, so they count the whole city rather than show an empty dashboard.
     */
    public Overview overview(AuthenticatedUser user, StatisticsQuery query) {
        CaseScope scope = CaseScope.of(user, registry);
        if (user.isAdministrator() && !scope.wholeCity()) {
            scope = new CaseScope(true, true, java.util.Set.of(), java.util.Set.of(), user.userId());
        }
        return overview(scope, query);
    }

    /** The figures of the cases the scope handles. */
    @Transactional(readOnly = true)
    public Overview overview(CaseScope scope, StatisticsQuery query) {
        LocalDate today = CaseTime.today();
        CaseTally cases = figures.tally(LedgerQuery.of(scope, LedgerQuery.Reach.HANDLES,
                LedgerFilter.period(query.from(), query.to(), query.townCode()), today), today, MAX_HIGH_RISK_CASES);
        return new Overview(query.from(), query.to(), query.townCode(), townName(query.townCode()), today,
                cases.registered(), cases.concluded(), cases.agreements(), rate(cases.agreements(), cases.concluded()),
                cases.onTime(), rate(cases.onTime(), cases.concluded()), cases.averageDaysToConclude(), cases.open(),
                cases.overdue(), cases.byCategory(), cases.byTown(expectedTowns(scope, query)),
                cases.byHandlingLevel(), cases.byChannel(), cases.byStatus(), cases.byOutcome(),
                cases.byMonth(query.from(), query.to()), cases.openByRiskLevel(),
                cases.openHighRiskCases(), cases.rebounds(), earlyWarnings(scope, query),
                repository.screening(scope, query, screeningClock.now()), calendar.activePeriodsOn(today),
                cases.byCommitteeType(), cases.byReferral());
    }

    /** {@code part / whole} as a number 0..1 with four decimals, null when {@code whole} is 0. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private EarlyWarnings earlyWarnings(CaseScope scope, StatisticsQuery query) {
        Map<String, Long> byLevel = new LinkedHashMap<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long total = 0;
        for (StatisticsRepository.WarningCount w : repository.warnings(scope, query)) {
            byLevel.merge(w.riskLevel(), w.count(), Long::sum);
            byStatus.merge(w.status(), w.count(), Long::sum);
            total += w.count();
        }
        List<Figure> levels = java.util.Arrays.stream(RiskLevel.values())
                .map(l -> new Figure(l.name(), l.label(), byLevel.getOrDefault(l.name(), 0L))).toList();
        List<Figure> states = List.of(new Figure("OPEN", "跟踪处置中", byStatus.getOrDefault("OPEN", 0L)),
                new Figure("CLOSED", "已办结", byStatus.getOrDefault("CLOSED", 0L)));
        return new EarlyWarnings(total, levels, states);
    }

    /** The towns a breakdown by town lists even without cases: the town asked for, else the reader's towns. */
    private Map<String, String> expectedTowns(CaseScope scope, StatisticsQuery query) {
        Map<String, String> towns = new LinkedHashMap<>();
        for (OrgUnit town : registry.findUnits(UnitLevel.TOWN, null)) {
            boolean listed = query.townCode() != null ? town.code().equals(query.townCode())
                    : scope.wholeCity() || scope.towns().contains(town.code());
            if (listed) {
                towns.put(town.code(), town.name());
            }
        }
        return towns;
    }

    private String townName(String townCode) {
        return townCode == null ? null : registry.findUnit(townCode).map(OrgUnit::name).orElse(townCode);
    }
}
