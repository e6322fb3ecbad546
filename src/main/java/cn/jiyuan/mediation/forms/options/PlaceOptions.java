package cn.jiyuan.mediation.forms.options;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.intake.IntakeScope;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.screening.campaign.CampaignPermissions;

/**
 * Towns and villages of the organization registry as form options, limited to where the user may act:
 * <ul>
 * <li>{@value #TOWNS} and {@value #VILLAGES} (where a dispute happened, 受理登记): the towns {@link IntakeScope} lets
 * the user register, and their villages, each with the town's own committee as an explicit choice
 * ({@value #TOWN_LEVEL}): {@link IntakeScope} checks the town only, so a registrar may register a dispute at town
 * level, but must say so rather than leave the village empty;</li>
 * <li>{@value #CAMPAIGN_TOWNS} (专项排查): the towns {@link CampaignPermissions} lets the user cover.</li>
 * </ul>
 * Only names and codes of units, no personal data.
 */
@Component
public class PlaceOptions implements FormOptionSource {

    public static final String TOWNS = "townOptions";
    public static final String VILLAGES = "villageOptions";
    public static final String CAMPAIGN_TOWNS = "campaignTownOptions";
    /** The village choice "registered at the town committee, no village"; stored as no village. */
    public static final String TOWN_LEVEL = "TOWN_LEVEL";
    public static final String TOWN_LEVEL_LABEL = "镇(街道)调委会受理（不选村）";
    /** The field a village option depends on. */
    public static final String TOWN_FIELD = "townCode";

    private final OrganizationRepository registry;
    private final IntakeScope intakeScope;

    public PlaceOptions(OrganizationRepository registry, IntakeScope intakeScope) {
        this.registry = registry;
        this.intakeScope = intakeScope;
    }

    @Override
    public Set<String> keys() {
        return Set.of(TOWNS, VILLAGES, CAMPAIGN_TOWNS);
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
        return Map.of(TOWNS, units(intakeTowns), VILLAGES, villages, CAMPAIGN_TOWNS, units(campaignTowns(groups, towns)));
    }

    private static List<OrgUnit> campaignTowns(Collection<String> groups, List<OrgUnit> towns) {
        if (groups.contains(AuthenticatedUser.ADMIN_GROUP) || groups.contains(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            return towns;
        }
        Set<String> own = CampaignPermissions.officeTowns(groups);
        return towns.stream().filter(t -> own.contains(t.code())).toList();
    }

    private static List<FormOption> units(List<OrgUnit> units) {
        return units.stream().map(u -> FormOption.of(u.name(), u.code())).toList();
    }
}
