package cn.jiyuan.mediation.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * Where a user may register disputes (受理登记), the same for {@code POST /api/cases} and the Tasklist intake form:
 * a village or town committee, a mediation room stationed in a town and a justice office the disputes of their own
 * town (a walk-in elsewhere is registered there, or by the hotline); industry committees, the city centre, rooms
 * stationed in the city, the grassroots section and administrators anywhere in the city; nobody else.
 */
@Component
public class IntakeScope {

    private final OrganizationRepository registry;

    public IntakeScope(OrganizationRepository registry) {
        this.registry = registry;
    }

    /** @return why the user may not register a dispute located in the town, in Chinese; empty if they may */
    public Optional<String> refusal(Collection<String> groups, String townCode) {
        if (groups.contains(AuthenticatedUser.ADMIN_GROUP) || groups.contains(RoleGroup.GRASSROOTS_SECTION.groupId())
                || groups.contains(Committee.CITY_CENTER_GROUP)) {
            return Optional.empty();
        }
        Set<String> towns = new TreeSet<>();
        Map<String, OrgUnit> units = new HashMap<>();
        for (Committee c : registry.findCommitteesOfGroups(groups)) {
            if (c.type() == CommitteeType.INDUSTRY || c.type() == CommitteeType.CITY_CENTER) {
                return Optional.empty();
            }
            OrgUnit unit = c.unitCode() == null ? null
                    : units.computeIfAbsent(c.unitCode(), code -> registry.findUnit(code).orElse(null));
            if (c.type().isStationedRoom() && unit != null && unit.townCode() == null) {
                // a room stationed with the city's court or petition bureau takes disputes from the whole city
                return Optional.empty();
            }
            if (unit != null && unit.townCode() != null) {
                towns.add(unit.townCode());
            }
        }
        for (JusticeOffice office : registry.findOffices()) {
            if (groups.contains(office.groupId())) {
                towns.add(office.townCode());
            }
        }
        if (towns.isEmpty()) {
            return Optional.of("您不属于任何调委会或司法所，不能登记纠纷");
        }
        if (townCode == null || towns.contains(townCode)) {
            return Optional.empty();
        }
        String names = String.join("、", towns.stream()
                .map(t -> registry.findUnit(t).map(OrgUnit::name).orElse(t)).toList());
        return Optional.of("只能登记本辖区（" + names + "）发生的纠纷；其他镇（街道）的纠纷请告知当事人到当地调委会申请，或转12348热线、市级人民调解中心登记");
    }
}
