package cn.jiyuan.mediation.organization.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * The staffing rules of docs/domain.md section 2: a committee has 3 to 9 members including at least one
 * woman (人民调解法 第八条); full-time mediators number at least 3 in a town committee and 1 in a
 * village committee (the notice, 三(五)).
 */
@Service
public class StaffingRules {

    static final int MIN_MEMBERS = 3;
    static final int MAX_MEMBERS = 9;

    private final OrganizationRepository registry;

    public StaffingRules(OrganizationRepository registry) {
        this.registry = registry;
    }

    public List<StaffingFinding> check() {
        return review().stream().flatMap(s -> s.findings().stream()).toList();
    }

    /**
     * One committee's staffing as the rules count it, and its findings (none: compliant).
     *
     * @param fullTimeMediators full-time persons of force type MEDIATOR
     */
    public record CommitteeStaffing(Committee committee, int members, int women, int fullTimeMediators,
                                    List<StaffingFinding> findings) {
    }

    /** Every committee of the registry with its figures and findings (for the staffing report). */
    public List<CommitteeStaffing> review() {
        Map<String, List<Person>> members = registry.findPersons().stream()
                .filter(p -> p.committeeCode() != null)
                .collect(Collectors.groupingBy(Person::committeeCode));
        List<CommitteeStaffing> all = new ArrayList<>();
        for (Committee c : registry.findCommittees()) {
            List<Person> of = members.getOrDefault(c.code(), List.of());
            all.add(new CommitteeStaffing(c, of.size(), (int) of.stream().filter(Person::isFemale).count(),
                    (int) of.stream().filter(StaffingRules::isFullTimeMediator).count(), check(c, of)));
        }
        return all;
    }

    /**
     * Coverage (the notice's 三(五): 镇村两级人民调解委员会覆盖率达到100%): every town and every village or community
     * of the registry has a committee of its own level. The units without one, by code.
     */
    public List<OrgUnit> uncoveredUnits() {
        Set<String> covered = registry.findCommittees().stream()
                .filter(c -> c.type() == CommitteeType.TOWN || c.type() == CommitteeType.VILLAGE)
                .map(c -> c.type() + ":" + c.unitCode()).collect(Collectors.toSet());
        return registry.findUnits().stream()
                .filter(u -> u.level() == UnitLevel.TOWN || u.level() == UnitLevel.VILLAGE)
                .filter(u -> !covered.contains((u.level() == UnitLevel.TOWN ? CommitteeType.TOWN : CommitteeType.VILLAGE)
                        + ":" + u.code()))
                .toList();
    }

    private static boolean isFullTimeMediator(Person p) {
        return p.fullTime() && p.forceType() == ForceType.MEDIATOR;
    }

    static List<StaffingFinding> check(Committee c, List<Person> members) {
        List<StaffingFinding> findings = new ArrayList<>();
        if (members.size() < MIN_MEMBERS || members.size() > MAX_MEMBERS) {
            findings.add(finding(c, StaffingRule.MEMBERS, "委员 " + members.size() + " 人，应为 3 至 9 人"));
        }
        if (members.stream().noneMatch(Person::isFemale)) {
            findings.add(finding(c, StaffingRule.WOMAN, "没有妇女成员"));
        }
        long fullTime = members.stream().filter(StaffingRules::isFullTimeMediator).count();
        int required = switch (c.type()) {
            case TOWN -> 3;
            case VILLAGE -> 1;
            default -> 0;
        };
        if (fullTime < required) {
            findings.add(finding(c, StaffingRule.FULL_TIME, "专职人民调解员 " + fullTime + " 人，" + label(c.type()) + "应不少于 " + required + " 人"));
        }
        return findings;
    }

    private static String label(CommitteeType type) {
        return type == CommitteeType.TOWN ? "镇（街道）调委会" : "村（社区）调委会";
    }

    private static StaffingFinding finding(Committee c, StaffingRule kind, String rule) {
        return new StaffingFinding(c.code(), c.name(), c.supervisingOfficeCode(), rule, kind);
    }
}
