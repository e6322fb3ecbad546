package cn.jiyuan.mediation.screening.campaign;

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
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * The towns a special screening campaign may cover (form screening-campaign-start, {@value #KEY}), from the
 * organization registry and as {@link CampaignPermissions} allows: every town for administrators and the
 * grassroots section, the own town(s) for justice-office staff, none for anybody else.
 */
@Component
public class CampaignTownOptions implements FormOptionSource {

    public static final String KEY = "campaignTownOptions";

    private final OrganizationRepository registry;

    public CampaignTownOptions(OrganizationRepository registry) {
        this.registry = registry;
    }

    @Override
    public Set<String> keys() {
        return Set.of(KEY);
    }

    @Override
    public Map<String, List<FormOption>> options(Collection<String> groups) {
        boolean anywhere = groups.contains(AuthenticatedUser.ADMIN_GROUP)
                || groups.contains(RoleGroup.GRASSROOTS_SECTION.groupId());
        Set<String> own = CampaignPermissions.officeTowns(groups);
        List<OrgUnit> towns = registry.findUnits(UnitLevel.TOWN, null).stream()
                .filter(t -> anywhere || own.contains(t.code())).toList();
        return Map.of(KEY, towns.stream().map(t -> FormOption.of(t.name(), t.code())).toList());
    }
}
