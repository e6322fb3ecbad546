package cn.jiyuan.mediation.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.statistics.Overview;
import cn.jiyuan.mediation.statistics.StatisticsQuery;
import cn.jiyuan.mediation.statistics.StatisticsService;

/**
 * What the 矛调态势 dashboard shows a user: the statistics of {@link StatisticsService} (scoped by the user, as the
 * API's) and the towns the user may pick. A justice office picks only its own town, the grassroots section and the
 * city centre every town, a committee the towns of its committees; asking for another town is refused
 * ({@link ForbiddenException}), never answered with figures.
 */
@Service
public class Dashboard {

    private final StatisticsService statistics;
    private final cn.jiyuan.mediation.awareness.AlertList alerts;
    private final OrganizationRepository registry;
    private final ObjectMapper mapper;

    public Dashboard(StatisticsService statistics, cn.jiyuan.mediation.awareness.AlertList alerts,
                     OrganizationRepository registry, ObjectMapper mapper) {
        this.statistics = statistics;
        this.alerts = alerts;
        this.registry = registry;
        this.mapper = mapper;
    }

    /**
     * The towns the user may pick.
     *
     * @param wholeCity the user sees the whole city (and may leave the town empty for 全市)
     * @param towns     in the registry's order; a justice office gets only its own
     */
    public record Towns(boolean wholeCity, List<Town> towns) {
    }

    /** A town: its code and name. */
    public record Town(String code, String name) {
    }

    public Towns towns(AuthenticatedUser user) {
        CaseScope scope = CaseScope.of(user, registry);
        Set<String> reach = new LinkedHashSet<>(scope.towns());
        if (!scope.wholeCity()) {
            for (Committee c : registry.findCommittees()) {
                if (scope.committees().contains(c.code()) && c.unitCode() != null) {
                    registry.findUnit(c.unitCode()).map(OrgUnit::townCode).ifPresent(reach::add);
                }
            }
        }
        List<Town> towns = new ArrayList<>();
        for (OrgUnit town : registry.findUnits(UnitLevel.TOWN, null)) {
            if (scope.wholeCity() || reach.contains(town.code())) {
                towns.add(new Town(town.code(), town.name()));
            }
        }
        return new Towns(scope.wholeCity(), towns);
    }

    /**
     * The overview of the period ({@code from}, {@code to}: yyyy-MM-dd, default the current year to today) and town
     * ({@code townCode}: empty for every town of the user's reach).
     *
     * @throws ForbiddenException a town the user may not pick
     * @throws cn.jiyuan.mediation.platform.InvalidRequestException a bad date, period or town code
     */
    public Overview overview(AuthenticatedUser user, String from, String to, String townCode) {
        String town = townCode == null || townCode.isBlank() ? null : townCode.strip();
        StatisticsQuery query = StatisticsQuery.of(from, to, town, registry, CaseTime.today());
        if (query.townCode() != null
                && towns(user).towns().stream().noneMatch(t -> t.code().equals(query.townCode()))) {
            throw new ForbiddenException("无权查看该乡镇（街道）的统计");
        }
        return statistics.overview(user, query);
    }

    /**
     * The active alerts of situational awareness (hotspots, repeat parties, workload) of the town, or of every town
     * the user supervises: those of {@code GET /api/awareness/alerts}. A committee supervises no town and gets none.
     *
     * @throws ForbiddenException a town the user may not pick
     */
    public List<cn.jiyuan.mediation.awareness.AlertView> alerts(AuthenticatedUser user, String townCode) {
        String town = townCode == null || townCode.isBlank() ? null : townCode.strip();
        if (town != null && towns(user).towns().stream().noneMatch(t -> t.code().equals(town))) {
            throw new ForbiddenException("无权查看该乡镇（街道）的预警");
        }
        cn.jiyuan.mediation.awareness.AlertViewer viewer = cn.jiyuan.mediation.awareness.AlertViewer.of(user, registry);
        if (!viewer.wholeCity() && viewer.towns().isEmpty()) {
            return List.of();
        }
        return alerts.list(viewer, null, town, false);
    }

    /** JSON as the platform's API writes it (ISO dates, nulls kept where the records ask for them). */
    String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dashboard's JSON", e);
        }
    }
}
