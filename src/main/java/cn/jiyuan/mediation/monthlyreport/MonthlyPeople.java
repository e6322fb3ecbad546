package cn.jiyuan.mediation.monthlyreport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeRole;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;

/**
 * Who may attend a town's committee directors' meeting, from the registry: the members of the town's and its
 * villages' committees and the staff of its justice office, each with the position the minutes name; and who of
 * them may own a follow-up item (those with a login: the item becomes their task).
 */
@Component
public class MonthlyPeople {

    /** A person who may attend, with the position as the minutes name it (克井镇东许村调委会主任). */
    public record Participant(String code, String name, String position, String login) {
    }

    private final OrganizationRepository registry;

    public MonthlyPeople(OrganizationRepository registry) {
        this.registry = registry;
    }

    /** The town's people by person code: directors first, then deputies, members and the office's staff. */
    public Map<String, Participant> of(String townCode) {
        Map<String, OrgUnit> units = new HashMap<>();
        registry.findUnits().forEach(u -> units.put(u.code(), u));
        Map<String, Committee> committees = new HashMap<>();
        for (Committee c : registry.findCommittees()) {
            OrgUnit unit = c.unitCode() == null ? null : units.get(c.unitCode());
            boolean ofTown = (c.type() == CommitteeType.TOWN || c.type() == CommitteeType.VILLAGE) && unit != null
                    && townCode.equals(unit.level() == cn.jiyuan.mediation.organization.UnitLevel.TOWN ? unit.code()
                    : unit.townCode());
            if (ofTown) {
                committees.put(c.code(), c);
            }
        }
        String officeCode = registry.findOfficeOfTown(townCode).map(JusticeOffice::code).orElse(null);
        String officeName = registry.findOfficeOfTown(townCode).map(JusticeOffice::name).orElse("");
        List<Participant> people = new ArrayList<>();
        for (Person p : registry.findPersons()) {
            Committee c = p.committeeCode() == null ? null : committees.get(p.committeeCode());
            if (c != null) {
                people.add(new Participant(p.code(), p.name(), shortName(c) + "调委会" + role(p.committeeRole()), p.login()));
            } else if (officeCode != null && officeCode.equals(p.officeCode())) {
                String role = p.officeRole() == null ? OfficeRole.STAFF.label() : p.officeRole().label();
                people.add(new Participant(p.code(), p.name(), officeName + role, p.login()));
            }
        }
        people.sort(java.util.Comparator.comparingInt((Participant p) -> rank(p.position())).thenComparing(Participant::code));
        Map<String, Participant> byCode = new LinkedHashMap<>();
        people.forEach(p -> byCode.put(p.code(), p));
        return byCode;
    }

    /** The town's people who have a login, by login: who may own a follow-up item. */
    public Map<String, Participant> ownersOf(String townCode) {
        Map<String, Participant> byLogin = new LinkedHashMap<>();
        of(townCode).values().stream().filter(p -> p.login() != null && !p.login().isBlank())
                .forEach(p -> byLogin.put(p.login(), p));
        return byLogin;
    }

    private static String shortName(Committee c) {
        return c.shortName() == null || c.shortName().isBlank() ? c.name().replace("人民调解委员会", "") : c.shortName();
    }

    private static String role(CommitteeRole role) {
        if (role == null) {
            return "委员";
        }
        return switch (role) {
            case DIRECTOR -> "主任";
            case DEPUTY_DIRECTOR -> "副主任";
            case MEMBER -> "委员";
        };
    }

    private static int rank(String position) {
        if (position.endsWith("调委会主任")) {
            return 0;
        }
        if (position.endsWith("副主任")) {
            return 1;
        }
        return position.endsWith("工作人员") || position.endsWith("所长") ? 3 : 2;
    }
}
