package cn.jiyuan.mediation.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * The distributions the generated cases are drawn from. Skewed rather than uniform, because a filter's speed depends
 * on how many rows it selects: the five urban streets (街道) register about twice a town's cases per committee,
 * some villages are busier than others, neighbour and family disputes dominate, screening and walk-ins bring most
 * cases, and high risk is rare. The weights are plausible guesses, not official statistics.
 */
final class CaseMix {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅春海";

    private final Weighted<Committee> committees = new Weighted<>();
    private final Map<String, String> townOfUnit = new HashMap<>();
    private final Map<String, String> townNames = new HashMap<>();
    private final Map<String, List<String>> villagesOfTown = new HashMap<>();
    private final Weighted<DisputeCategory> categories = new Weighted<DisputeCategory>()
            .add(DisputeCategory.NEIGHBOR, 22).add(DisputeCategory.MARRIAGE_FAMILY, 18)
            .add(DisputeCategory.HOUSING_HOMESTEAD, 8).add(DisputeCategory.LAND, 8)
            .add(DisputeCategory.DAMAGE_COMPENSATION, 8).add(DisputeCategory.CONTRACT, 6)
            .add(DisputeCategory.LABOR_WAGE_DEBT, 5).add(DisputeCategory.LABOR_DISPUTE, 4)
            .add(DisputeCategory.ROAD_TRAFFIC, 4).add(DisputeCategory.PRODUCTION_OPERATION, 3)
            .add(DisputeCategory.CONSUMER, 3).add(DisputeCategory.PROPERTY_MANAGEMENT, 3)
            .add(DisputeCategory.DEMOLITION, 2).add(DisputeCategory.ENVIRONMENT, 2).add(DisputeCategory.OTHER, 2)
            .add(DisputeCategory.MEDICAL, 1).add(DisputeCategory.SCHOOLING_EMPLOYMENT, 1)
            .add(DisputeCategory.RIGHTS_PROTECTION, 1).add(DisputeCategory.INTELLECTUAL_PROPERTY, 0.2);
    private final Weighted<IntakeChannel> channels = new Weighted<IntakeChannel>()
            .add(IntakeChannel.SCREENING, 35).add(IntakeChannel.WALK_IN, 25).add(IntakeChannel.HOTLINE, 8)
            .add(IntakeChannel.COURT_REFERRAL, 8).add(IntakeChannel.ONLINE, 7).add(IntakeChannel.POLICE_REFERRAL, 7)
            .add(IntakeChannel.PETITION_REFERRAL, 5).add(IntakeChannel.OWN_INITIATIVE, 3).add(IntakeChannel.ENTERPRISE, 2);
    private final Weighted<RiskLevel> riskLevels = new Weighted<RiskLevel>()
            .add(RiskLevel.LOW, 70).add(RiskLevel.MEDIUM, 22).add(RiskLevel.HIGH, 6.5).add(RiskLevel.CRITICAL, 1.5);

    /**
     * @param units      the registry's towns and villages
     * @param registered the registry's committees; only the town and village committees receive cases (the
     *                   full-size organization has no others)
     */
    CaseMix(List<OrgUnit> units, List<Committee> registered, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (OrgUnit unit : units) {
            if (unit.level() == UnitLevel.TOWN) {
                townOfUnit.put(unit.code(), unit.code());
                townNames.put(unit.code(), unit.name());
            } else if (unit.level() == UnitLevel.VILLAGE) {
                String town = unit.townCode() != null ? unit.townCode() : unit.parentCode();
                townOfUnit.put(unit.code(), town);
                villagesOfTown.computeIfAbsent(town, t -> new ArrayList<>()).add(unit.code());
            }
        }
        for (Committee c : registered) {
            if (c.type() != CommitteeType.TOWN && c.type() != CommitteeType.VILLAGE) {
                continue;
            }
            String town = townOf(c);
            double urban = townNames.getOrDefault(town, "").endsWith("街道") ? 2.0 : 1.0;
            // a town committee takes the cases that go beyond a village: as many as a handful of villages
            double weight = c.type() == CommitteeType.TOWN ? 8 : 0.3 + random.nextDouble() * 2.7;
            committees.add(c, weight * urban);
        }
    }

    Committee committee(SplittableRandom random) {
        return committees.pick(random);
    }

    String townOf(Committee committee) {
        String town = townOfUnit.get(committee.unitCode());
        if (town == null) {
            throw new IllegalStateException("committee " + committee.code() + " has no town in the registry");
        }
        return town;
    }

    /** A village of the town, for a town committee's case that names one; null if the town has none. */
    String villageOf(String townCode, SplittableRandom random) {
        List<String> villages = villagesOfTown.getOrDefault(townCode, List.of());
        return villages.isEmpty() ? null : villages.get(random.nextInt(villages.size()));
    }

    DisputeCategory category(SplittableRandom random) {
        return categories.pick(random);
    }

    IntakeChannel channel(SplittableRandom random) {
        return channels.pick(random);
    }

    RiskLevel riskLevel(SplittableRandom random) {
        return riskLevels.pick(random);
    }

    /** A Chinese name of two or three characters. */
    String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                .append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A mobile number: 1[3-9] and nine digits. */
    String phone(SplittableRandom random) {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }
}
