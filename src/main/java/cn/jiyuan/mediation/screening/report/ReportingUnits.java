package cn.jiyuan.mediation.screening.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.organization.identity.RoleGroup;

/**
 * The units that screen, from the registry: every village/community and town with its mediation
 * committee (one per unit), each with the justice office supervising it (the committee's supervising
 * office, else its town's; the grassroots section where a town has none).
 */
@Component
public class ReportingUnits {

    private final OrganizationRepository registry;

    public ReportingUnits(OrganizationRepository registry) {
        this.registry = registry;
    }

    /**
     * @param types     committee types that report (VILLAGE and/or TOWN)
     * @param townCodes the towns in scope; null or empty = the whole city
     * @return the units sorted by code
     */
    public List<ReportingUnit> find(Set<CommitteeType> types, Collection<String> townCodes) {
        Map<String, OrgUnit> units = byCode(registry.findUnits(), OrgUnit::code);
        List<JusticeOffice> allOffices = registry.findOffices();
        Map<String, JusticeOffice> offices = byCode(allOffices, JusticeOffice::code);
        Map<String, JusticeOffice> officeOfTown = allOffices.stream()
                .collect(Collectors.toMap(JusticeOffice::townCode, o -> o, (a, b) -> a));
        Map<String, ReportingUnit> result = new LinkedHashMap<>();
        for (Committee c : registry.findCommittees()) {
            OrgUnit unit = units.get(c.unitCode());
            if (!types.contains(c.type()) || unit == null || unit.townCode() == null
                    || result.containsKey(unit.code())) {
                continue;
            }
            if (townCodes != null && !townCodes.isEmpty() && !townCodes.contains(unit.townCode())) {
                continue;
            }
            JusticeOffice office = c.supervisingOfficeCode() == null ? null : offices.get(c.supervisingOfficeCode());
            if (office == null) {
                office = officeOfTown.get(unit.townCode());
            }
            String officeGroup = office == null ? RoleGroup.GRASSROOTS_SECTION.groupId() : office.groupId();
            result.put(unit.code(), new ReportingUnit(unit.code(), displayName(unit, units), unit.level(),
                    unit.townCode(), c.code(), c.groupId(), officeGroup));
        }
        return result.values().stream().sorted(Comparator.comparing(ReportingUnit::unitCode)).toList();
    }

    /** A village is shown with its town (克井镇东许村), a town by its own name. */
    private static String displayName(OrgUnit unit, Map<String, OrgUnit> units) {
        if (unit.level() != UnitLevel.VILLAGE) {
            return unit.name();
        }
        OrgUnit town = units.get(unit.townCode());
        return town == null || unit.name().startsWith(town.name()) ? unit.name() : town.name() + unit.name();
    }

    private static <T> Map<String, T> byCode(List<T> list, Function<T, String> code) {
        return list.stream().collect(Collectors.toMap(code, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
