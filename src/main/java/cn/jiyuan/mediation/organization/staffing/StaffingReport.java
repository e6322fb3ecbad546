package cn.jiyuan.mediation.organization.staffing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * The staffing and coverage report (人员配备和覆盖情况) for the grassroots section: every town and village without a
 * committee, and every committee that breaks a staffing rule, each named with its town and its figures — from the
 * same {@link StaffingRules} the staffing-review process rectifies with. Limited to towns for a justice office
 * ({@link StaffingReportScope}); committees without a town (industry committees, the city centre) are in the
 * city-wide report only.
 */
@Service
public class StaffingReport {

    /** A town's or village's coverage: how many there are, how many have their committee. */
    public record Coverage(int towns, int townsCovered, int villages, int villagesCovered, Double coverageRate) {
    }

    /** A count of shortfalls by rule. */
    public record RuleCount(String rule, String ruleLabel, long count) {
    }

    /**
     * One shortfall. For a coverage gap the committee and its figures are null; {@code townCode} is null for
     * committees of the whole city (industry committees, the city centre).
     */
    public record Shortfall(String rule, String ruleLabel, String townCode, String townName, String unitCode,
                            String unitName, String committeeCode, String committeeName, String committeeType,
                            String committeeTypeLabel, Integer members, Integer women, Integer fullTimeMediators,
                            String detail) {
    }

    /**
     * The report: {@code committees} checked, {@code compliantCommittees} without a finding, the coverage, and every
     * shortfall, coverage gaps first, then by town and committee.
     */
    public record Report(OffsetDateTime asOf, String townCode, String townName, Coverage coverage, int committees,
                         int compliantCommittees, int shortfallCount, List<RuleCount> byRule,
                         List<Shortfall> shortfalls) {
    }

    private final StaffingRules rules;
    private final OrganizationRepository registry;

    public StaffingReport(StaffingRules rules, OrganizationRepository registry) {
        this.rules = rules;
        this.registry = registry;
    }

    public Report report(StaffingReportScope scope) {
        Map<String, OrgUnit> units = registry.findUnits().stream().collect(Collectors.toMap(OrgUnit::code,
                Function.identity()));
        List<OrgUnit> local = units.values().stream()
                .filter(u -> u.level() == UnitLevel.TOWN || u.level() == UnitLevel.VILLAGE)
                .filter(u -> scope.includes(townOf(u))).toList();
        Set<String> uncovered = rules.uncoveredUnits().stream().map(OrgUnit::code).collect(Collectors.toSet());
        List<Shortfall> shortfalls = new ArrayList<>();
        for (OrgUnit u : local.stream().sorted(Comparator.comparing(OrgUnit::code)).toList()) {
            if (uncovered.contains(u.code())) {
                String town = townOf(u);
                shortfalls.add(new Shortfall(StaffingRule.COVERAGE.name(), StaffingRule.COVERAGE.label(), town,
                        name(units, town), u.code(), u.name(), null, null, null, null, null, null, null,
                        u.name() + "未设立" + (u.level() == UnitLevel.TOWN ? "镇（街道）" : "村（社区）") + "人民调解委员会"));
            }
        }
        int committees = 0;
        int compliant = 0;
        for (StaffingRules.CommitteeStaffing s : rules.review()) {
            Committee c = s.committee();
            OrgUnit unit = units.get(c.unitCode());
            String town = isLocal(c) && unit != null ? townOf(unit) : null;
            if (!scope.includes(town)) {
                continue;
            }
            committees++;
            if (s.findings().isEmpty()) {
                compliant++;
            }
            for (StaffingFinding f : s.findings()) {
                shortfalls.add(new Shortfall(f.kind().name(), f.kind().label(), town,
                        town == null ? "全市" : name(units, town), c.unitCode(), unit == null ? null : unit.name(),
                        c.code(), c.name(), c.type().name(), typeLabel(c.type()), s.members(), s.women(),
                        s.fullTimeMediators(), f.rule()));
            }
        }
        List<RuleCount> byRule = Arrays.stream(StaffingRule.values()).map(r -> new RuleCount(r.name(), r.label(),
                shortfalls.stream().filter(f -> f.rule().equals(r.name())).count())).toList();
        return new Report(CaseTime.now(), scope.townCode(), scope.townCode() == null ? null : name(units, scope.townCode()),
                coverage(local, uncovered), committees, compliant, shortfalls.size(), byRule, shortfalls);
    }

    public static String typeLabel(CommitteeType type) {
        return switch (type) {
            case VILLAGE -> "村（社区）调委会";
            case TOWN -> "镇（街道）调委会";
            case INDUSTRY -> "行业性专业性调委会";
            case CITY_CENTER -> "市级人民调解中心";
            case COURT_ROOM, POLICE_ROOM, PETITION_ROOM -> type.label();
        };
    }

    private static Coverage coverage(List<OrgUnit> local, Set<String> uncovered) {
        int towns = (int) local.stream().filter(u -> u.level() == UnitLevel.TOWN).count();
        int villages = local.size() - towns;
        int townsCovered = (int) local.stream().filter(u -> u.level() == UnitLevel.TOWN && !uncovered.contains(u.code()))
                .count();
        int villagesCovered = (int) local.stream()
                .filter(u -> u.level() == UnitLevel.VILLAGE && !uncovered.contains(u.code())).count();
        Double rate = local.isEmpty() ? null
                : Math.round((townsCovered + villagesCovered) * 10_000.0 / local.size()) / 10_000.0;
        return new Coverage(towns, townsCovered, villages, villagesCovered, rate);
    }

    private static boolean isLocal(Committee c) {
        return c.type() == CommitteeType.TOWN || c.type() == CommitteeType.VILLAGE;
    }

    /** A town is its own town; a village's is its town_code, else its parent. */
    private static String townOf(OrgUnit u) {
        if (u.level() == UnitLevel.TOWN) {
            return u.code();
        }
        return u.townCode() != null ? u.townCode() : u.parentCode();
    }

    private static String name(Map<String, OrgUnit> units, String code) {
        OrgUnit u = code == null ? null : units.get(code);
        return u == null ? code : u.name();
    }
}
