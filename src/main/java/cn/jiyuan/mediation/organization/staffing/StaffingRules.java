package cn.jiyuan.mediation.organization.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;

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
        Map<String, List<Person>> members = registry.findPersons().stream()
                .filter(p -> p.committeeCode() != null)
                .collect(Collectors.groupingBy(Person::committeeCode));
        List<StaffingFinding> findings = new ArrayList<>();
        for (Committee c : registry.findCommittees()) {
            findings.addAll(check(c, members.getOrDefault(c.code(), List.of())));
        }
        return findings;
    }

    static List<StaffingFinding> check(Committee c, List<Person> members) {
        List<StaffingFinding> findings = new ArrayList<>();
        if (members.size() < MIN_MEMBERS || members.size() > MAX_MEMBERS) {
            findings.add(finding(c, "委员 " + members.size() + " 人，应为 3 至 9 人"));
        }
        if (members.stream().noneMatch(Person::isFemale)) {
            findings.add(finding(c, "没有妇女成员"));
        }
        long fullTime = members.stream()
                .filter(p -> p.fullTime() && p.forceType() == ForceType.MEDIATOR).count();
        int required = switch (c.type()) {
            case TOWN -> 3;
            case VILLAGE -> 1;
            default -> 0;
        };
        if (fullTime < required) {
            findings.add(finding(c, "专职人民调解员 " + fullTime + " 人，" + label(c.type()) + "应不少于 " + required + " 人"));
        }
        return findings;
    }

    private static String label(CommitteeType type) {
        return type == CommitteeType.TOWN ? "镇（街道）调委会" : "村（社区）调委会";
    }

    private static StaffingFinding finding(Committee c, String rule) {
        return new StaffingFinding(c.code(), c.name(), c.supervisingOfficeCode(), rule);
    }
}
