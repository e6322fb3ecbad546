package cn.jiyuan.mediation.screening.coverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.report.ScreeningReport;
import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/** Coverage of rounds, per round and per town, as of the engine's current time. */
@Service
public class ScreeningCoverage {

    private final ScreeningRoundRepository rounds;
    private final ScreeningReportRepository reports;
    private final OrganizationRepository registry;
    private final ScreeningClock clock;

    public ScreeningCoverage(ScreeningRoundRepository rounds, ScreeningReportRepository reports,
                             OrganizationRepository registry, ScreeningClock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.registry = registry;
        this.clock = clock;
    }

    /** One round with its silent units; empty when there is no such round or none of its units is visible. */
    public Optional<RoundCoverage> of(long roundId, ScreeningViewer viewer) {
        return rounds.find(roundId).flatMap(round -> build(round, reports.findByRound(roundId), viewer, true,
                townNames()));
    }

    /** The rounds of the days {@code from}..{@code to} that have visible units, without silent units. */
    public List<RoundCoverage> between(LocalDate from, LocalDate to, ScreeningViewer viewer) {
        List<ScreeningRound> found = rounds.findBetween(from, to);
        Map<Long, List<ScreeningReport>> byRound = reports.findByRounds(found.stream().map(ScreeningRound::id).toList())
                .stream().collect(Collectors.groupingBy(ScreeningReport::roundId));
        Map<String, String> names = townNames();
        List<RoundCoverage> result = new ArrayList<>();
        for (ScreeningRound round : found) {
            build(round, byRound.getOrDefault(round.id(), List.of()), viewer, false, names).ifPresent(result::add);
        }
        return result;
    }

    private Optional<RoundCoverage> build(ScreeningRound round, List<ScreeningReport> all, ScreeningViewer viewer,
                                          boolean withSilent, Map<String, String> townNames) {
        List<ScreeningReport> visible = all.stream().filter(r -> viewer.sees(r.townCode())).toList();
        if (visible.isEmpty() && !viewer.allTowns()) {
            return Optional.empty();
        }
        OffsetDateTime now = clock.now();
        CoverageFigures total = CoverageFigures.of(visible, now);
        Map<String, List<ScreeningReport>> byTown = visible.stream()
                .collect(Collectors.groupingBy(ScreeningReport::townCode, TreeMap::new, Collectors.toList()));
        List<TownCoverage> towns = byTown.entrySet().stream()
                .map(e -> TownCoverage.of(e.getKey(), townNames.getOrDefault(e.getKey(), e.getKey()),
                        CoverageFigures.of(e.getValue(), now)))
                .toList();
        List<SilentUnit> silent = withSilent ? visible.stream().filter(r -> !r.status().isIn())
                .map(r -> SilentUnit.of(r, now)).toList() : null;
        return Optional.of(new RoundCoverage(round.id(), round.kind().name(), round.kind().label(), round.title(),
                round.topic(), round.roundDate(), round.dueAt(), total.expected(), total.reported(),
                total.zeroReports(), total.overdue(), total.coveragePercent(), total.disputesFound(), towns, silent));
    }

    private Map<String, String> townNames() {
        return registry.findUnits(UnitLevel.TOWN, null).stream()
                .collect(Collectors.toMap(OrgUnit::code, OrgUnit::name, (a, b) -> a));
    }
}
