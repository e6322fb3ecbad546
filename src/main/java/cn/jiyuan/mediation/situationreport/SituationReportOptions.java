package cn.jiyuan.mediation.situationreport;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.forms.options.FormOption;
import cn.jiyuan.mediation.forms.options.FormOptionSource;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * The pickers of the start form situation-report: the towns a user may report about ({@link SituationReporters}:
 * every town for the grassroots section and administrators, its own for a justice office) and the risk levels.
 */
@Component
public class SituationReportOptions implements FormOptionSource {

    public static final String TOWNS = "situationTownOptions";
    public static final String RISK_LEVELS = "situationRiskLevelOptions";

    private static final List<FormOption> LEVELS = Arrays.stream(RiskLevel.values())
            .map(l -> FormOption.of(l.label(), l.name())).toList();

    private final OrganizationRepository registry;

    public SituationReportOptions(OrganizationRepository registry) {
        this.registry = registry;
    }

    @Override
    public Set<String> keys() {
        return Set.of(TOWNS, RISK_LEVELS);
    }

    @Override
    public Map<String, List<FormOption>> options(Collection<String> groups) {
        List<OrgUnit> towns = registry.findUnits(UnitLevel.TOWN, null).stream()
                .filter(t -> SituationReporters.mayReportAbout(groups, t.code())).toList();
        return Map.of(TOWNS, towns.stream().map(t -> FormOption.of(t.name(), t.code())).toList(), RISK_LEVELS, LEVELS);
    }
}
