package cn.jiyuan.mediation.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.forms.options.FormOption;
import cn.jiyuan.mediation.forms.options.FormOptionSource;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * Where a dispute happened (受理登记) as form options from the organization registry: {@value #TOWNS}, the towns
 * {@link IntakeScope} lets the user register, and {@value #VILLAGES}, their villages, each town with its own
 * committee as an explicit choice ({@value #TOWN_LEVEL}): {@link IntakeScope} checks the town only, so a registrar
 * may register a dispute at town level, but must say so rather than leave the village empty. Only names and codes
 * of units, no personal data. (It belongs with the intake feature; it lives here while intake is being reworked.)
 */
@Component
public class IntakePlaceOptions implements FormOptionSource {

    public static final String TOWNS = "townOptions";
    public static final String VILLAGES = "villageOptions";
    /** The village choice "registered at the town committee, no village"; stored as no village. */
    public static final String TOWN_LEVEL = "TOWN_LEVEL";
    public static final String TOWN_LEVEL_LABEL = "镇(街道)调委会受理（不选村）";
    /** The field a village option depends on. */
    public static final String TOWN_FIELD = "townCode";

    private final OrganizationRepository registry;
    private final IntakeScope intakeScope;

    public IntakePlaceOptions(OrganizationRepository registry, IntakeScope intakeScope) {
        this.registry = registry;
        this.intakeScope = intakeScope;
    }

    @Override
    public Set<String> keys() {
        return Set.of(TOWNS, VILLAGES);
    }

    @Override
    public Map<String, List<FormOption>> options(Collection<String> groups) {
        List<OrgUnit> towns = registry.findUnits(UnitLevel.TOWN, null);
        List<OrgUnit> intakeTowns = towns.stream().filter(t -> intakeScope.refusal(groups, t.code()).isEmpty())
                .toList();
        List<FormOption> villages = new ArrayList<>();
        List<OrgUnit> allVillages = intakeTowns.isEmpty() ? List.of() : registry.findUnits(UnitLevel.VILLAGE, null);
        for (OrgUnit town : intakeTowns) {
            villages.add(new FormOption(TOWN_LEVEL_LABEL, TOWN_LEVEL, TOWN_FIELD, town.code(), true));
            allVillages.stream().filter(v -> town.code().equals(v.townCode()))
                    .forEach(v -> villages.add(new FormOption(v.name(), v.code(), TOWN_FIELD, town.code(), false)));
        }
        return Map.of(TOWNS, intakeTowns.stream().map(u -> FormOption.of(u.name(), u.code())).toList(),
                VILLAGES, villages);
    }
}
