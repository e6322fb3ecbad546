package cn.jiyuan.mediation.statistics;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * {@code GET /api/statistics/overview?from=&to=&townCode=}: the {@link Overview} of the cases the user handles or
 * supervises, registered from {@code from} to {@code to} (yyyy-MM-dd, inclusive; default the current year to today),
 * optionally of one town.
 */
@RestController
public class StatisticsApiController {

    private final StatisticsService statistics;
    private final OrganizationRepository registry;

    public StatisticsApiController(StatisticsService statistics, OrganizationRepository registry) {
        this.statistics = statistics;
        this.registry = registry;
    }

    @GetMapping(path = "/api/statistics/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    public Overview overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String townCode,
                             @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        return statistics.overview(user, StatisticsQuery.of(from, to, townCode, registry, CaseTime.today()));
    }
}
