package cn.jiyuan.mediation.awareness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;

/**
 * Workload (资源调配): open cases per full-time mediator of every committee of the staffing registry
 * ({@link WorkloadRule}, thresholds {@code mediation.awareness.workload}). Every overloaded committee is an alert
 * naming the idle committees that could help: those of the same town, or for an industry committee or the city
 * centre those of the city level. An idle committee is an alert only where such help is needed — a town where
 * nothing is overloaded has nothing to reallocate, and 500 "idle" village committees would bury the alerts that
 * matter.
 */
@Service
public class WorkloadDetection {

    private static final int NAMED = 3;

    private final CaseCounts counts;
    private final OrganizationRepository registry;
    private final AwarenessProperties properties;

    public WorkloadDetection(CaseCounts counts, OrganizationRepository registry, AwarenessProperties properties) {
        this.counts = counts;
        this.registry = registry;
        this.properties = properties;
    }

    /** A committee's load; {@code townCode} null for the city level (industry committees, the city centre). */
    record Load(Committee committee, String townCode, long openCases, int mediators) {
    }

    public List<AlertDraft> detect() {
        Map<String, Long> open = counts.openPerCommittee();
        Map<String, Long> mediators = registry.findPersons().stream()
                .filter(p -> p.committeeCode() != null && p.fullTime() && p.forceType() == ForceType.MEDIATOR)
                .collect(Collectors.groupingBy(Person::committeeCode, Collectors.counting()));
        Map<String, String> townOfUnit = registry.findUnits().stream().filter(u -> u.townCode() != null)
                .collect(Collectors.toMap(OrgUnit::code, OrgUnit::townCode));
        List<Load> loads = registry.findCommittees().stream()
                .map(c -> new Load(c, townOfUnit.get(c.unitCode()), open.getOrDefault(c.code(), 0L),
                        mediators.getOrDefault(c.code(), 0L).intValue()))
                .toList();
        return detect(properties.getWorkload().rule(), loads);
    }

    List<AlertDraft> detect(WorkloadRule rule, List<Load> loads) {
        Map<String, List<Load>> byArea = new LinkedHashMap<>();
        for (Load load : loads) {
            byArea.computeIfAbsent(Objects.toString(load.townCode(), ""), k -> new ArrayList<>()).add(load);
        }
        List<AlertDraft> found = new ArrayList<>();
        for (List<Load> area : byArea.values()) {
            List<Load> overloaded = area.stream().filter(l -> rule.isOverloaded(l.openCases(), l.mediators()))
                    .sorted(Comparator.comparingLong(Load::openCases).reversed()).toList();
            if (overloaded.isEmpty()) {
                continue;
            }
            List<Load> idle = area.stream().filter(l -> rule.isIdle(l.openCases(), l.mediators()))
                    .sorted(Comparator.comparingInt(Load::mediators).reversed()).toList();
            for (Load l : overloaded) {
                found.add(overloaded(rule, l, idle));
            }
            for (Load l : idle) {
                found.add(idle(rule, l, overloaded));
            }
        }
        return found;
    }

    private static AlertDraft overloaded(WorkloadRule rule, Load l, List<Load> idle) {
        Committee c = l.committee();
        BigDecimal per = WorkloadRule.perMediator(l.openCases(), l.mediators());
        String load = l.mediators() == 0 ? "没有专职人民调解员" : "专职人民调解员" + l.mediators() + "人，人均"
                + HotspotDetection.plain(per) + "件";
        String description = c.name() + "在办案件" + l.openCases() + "件，" + load + "，超过人均"
                + HotspotDetection.plain(rule.overloadedPerMediator()) + "件的上限。";
        String help = idle.isEmpty() ? "本辖区暂无力量富余的调委会，建议司法所直接支援或报请上级调委会、市级人民调解中心承接。"
                : "可调配：" + names(idle) + "力量富余，可承接部分案件或派员协助。";
        return new AlertDraft(AlertKind.WORKLOAD_OVERLOADED, AlertKind.WORKLOAD_OVERLOADED + ":" + c.code(),
                l.townCode(), c.code(), null, null,
                AlertFigures.workload(l.openCases(), l.mediators(), per, rule.overloadedPerMediator()),
                c.name() + "案件积压", description, "建议合理调配调解力量，防止案件超期。" + help);
    }

    private static AlertDraft idle(WorkloadRule rule, Load l, List<Load> overloaded) {
        Committee c = l.committee();
        BigDecimal per = WorkloadRule.perMediator(l.openCases(), l.mediators());
        String description = c.name() + "有专职人民调解员" + l.mediators() + "人，在办案件" + l.openCases() + "件，人均"
                + HotspotDetection.plain(per) + "件，不超过" + HotspotDetection.plain(rule.idlePerMediator())
                + "件；同一辖区" + names(overloaded) + "案件积压。";
        return new AlertDraft(AlertKind.WORKLOAD_IDLE, AlertKind.WORKLOAD_IDLE + ":" + c.code(), l.townCode(),
                c.code(), null, null, AlertFigures.workload(l.openCases(), l.mediators(), per, rule.idlePerMediator()),
                c.name() + "调解力量富余", description,
                "建议由" + c.name() + "承接" + names(overloaded) + "的部分案件（移交或联合调解），或派员协助。");
    }

    private static String names(List<Load> loads) {
        String names = loads.stream().limit(NAMED).map(l -> l.committee().name()).collect(Collectors.joining("、"));
        return loads.size() > NAMED ? names + "等" + loads.size() + "个调委会" : names;
    }
}
