package cn.jiyuan.mediation.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.CommitteeType;

/**
 * The case figures of the {@link Overview}, added up from the grouped counts of the ledger's rows that
 * {@link CaseFigures} reads (so the rows never come into memory): registrations per day and category, per town,
 * handling level and channel, per state, the rebounds and the open high-risk cases.
 */
final class CaseTally {

    /** The statuses that conclude a case, in the order the overview lists them. */
    static final List<CaseStatus> CONCLUSIONS = List.of(CaseStatus.AGREED, CaseStatus.NO_AGREEMENT,
            CaseStatus.WITHDRAWN, CaseStatus.REFUSED, CaseStatus.REFERRED);

    private final Map<String, Long> byTown = new LinkedHashMap<>();
    private final Map<String, String> townNames = new LinkedHashMap<>();
    private final Map<DisputeCategory, Long> byCategory = new EnumMap<>(DisputeCategory.class);
    private final Map<HandlingLevel, Long> byLevel = new EnumMap<>(HandlingLevel.class);
    private final Map<IntakeChannel, Long> byChannel = new EnumMap<>(IntakeChannel.class);
    private final Map<String, Long> byStatus = new LinkedHashMap<>();
    private final Map<CaseStatus, Long> byConclusion = new EnumMap<>(CaseStatus.class);
    private final Map<YearMonth, Map<DisputeCategory, Long>> byMonth = new LinkedHashMap<>();
    private final Map<RiskLevel, Long> openByRisk = new EnumMap<>(RiskLevel.class);
    private final Map<CommitteeType, Long> byCommitteeType = new EnumMap<>(CommitteeType.class);
    private final Map<ReferralKind, Map<ReferralOutcome, Long>> byReferral = new EnumMap<>(ReferralKind.class);
    private final List<HighRiskCase> highRisk = new ArrayList<>();
    private long registered;
    private long concluded;
    private long onTime;
    private long daysToConclude;
    private long open;
    private long overdue;
    private long reboundVisits;
    private long reboundCases;

    /**
     * The counts of one group of cases: one town, status, conclusion (null: open), risk level, overdue or not, on
     * time or not.
     *
     * @param daysToConclude the days from registration to conclusion, summed over the group's cases
     */
    record Group(String townCode, String townName, String status, CaseStatus conclusion, RiskLevel risk,
                 boolean overdue, boolean onTime, long cases, long daysToConclude,
                 Map<IntakeChannel, Long> channels, Map<HandlingLevel, Long> levels,
                 Map<CommitteeType, Long> committeeTypes) {
    }

    /**
     * The rebounds of all the tallied cases.
     *
     * @param visits follow-up visits with the result REBOUND
     * @param cases  the cases with such a visit
     */
    void addRebounds(long visits, long cases) {
        reboundVisits += visits;
        reboundCases += cases;
    }

    void add(Group g) {
        long n = g.cases();
        registered += n;
        add(byTown, g.townCode(), n);
        if (g.townName() != null) {
            townNames.putIfAbsent(g.townCode(), g.townName());
        }
        add(byStatus, g.status(), n);
        g.channels().forEach((channel, count) -> add(byChannel, channel, count));
        g.levels().forEach((level, count) -> add(byLevel, level, count));
        g.committeeTypes().forEach((type, count) -> add(byCommitteeType, type, count));
        if (g.conclusion() != null) {
            concluded += n;
            add(byConclusion, g.conclusion(), n);
            onTime += g.onTime() ? n : 0;
            daysToConclude += g.daysToConclude();
            return;
        }
        open += n;
        overdue += g.overdue() ? n : 0;
        add(openByRisk, g.risk(), n);
    }

    /** {@code n} cases of {@code category} registered on {@code day} (counted in {@link #add(Group)} already). */
    void addRegistrations(LocalDate day, DisputeCategory category, long n) {
        add(byCategory, category, n);
        add(byMonth.computeIfAbsent(YearMonth.from(day), m -> new EnumMap<>(DisputeCategory.class)), category, n);
    }

    /**
     * {@code n} cases (counted in {@link #add(Group)} already) whose latest referral went to {@code kind} with
     * {@code outcome} (null: awaited).
     */
    void addReferrals(ReferralKind kind, ReferralOutcome outcome, long n) {
        add(byReferral.computeIfAbsent(kind, k -> new EnumMap<>(ReferralOutcome.class)),
                outcome == null ? ReferralOutcome.PENDING : outcome, n);
    }

    /** An open high or critical case, in the order the overview lists them. */
    void addHighRisk(HighRiskCase c) {
        highRisk.add(c);
    }

    long registered() {
        return registered;
    }

    long concluded() {
        return concluded;
    }

    long agreements() {
        return byConclusion.getOrDefault(CaseStatus.AGREED, 0L);
    }

    long onTime() {
        return onTime;
    }

    Double averageDaysToConclude() {
        return concluded == 0 ? null : Math.round(daysToConclude * 10.0 / concluded) / 10.0;
    }

    long open() {
        return open;
    }

    long overdue() {
        return overdue;
    }

    Rebounds rebounds() {
        return new Rebounds(reboundVisits, reboundCases);
    }

    List<Figure> byCategory() {
        return every(DisputeCategory.values(), byCategory, DisputeCategory::name, DisputeCategory::label);
    }

    List<Figure> byHandlingLevel() {
        return every(HandlingLevel.values(), byLevel, HandlingLevel::name, HandlingLevel::label);
    }

    List<Figure> byChannel() {
        return every(IntakeChannel.values(), byChannel, IntakeChannel::name, IntakeChannel::label);
    }

    /** Every status of the code list, then any other status found (a state added later), as its code. */
    List<Figure> byStatus() {
        List<Figure> figures = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            figures.add(new Figure(s.name(), s.label(), byStatus.getOrDefault(s.name(), 0L)));
        }
        byStatus.forEach((code, n) -> {
            if (figures.stream().noneMatch(f -> f.code().equals(code))) {
                figures.add(new Figure(code, code, n));
            }
        });
        return figures;
    }

    List<Figure> byOutcome() {
        return CONCLUSIONS.stream().map(s -> new Figure(s.name(), s.label(), byConclusion.getOrDefault(s, 0L)))
                .toList();
    }

    List<Figure> byCommitteeType() {
        return every(CommitteeType.values(), byCommitteeType, CommitteeType::name, CommitteeType::label);
    }

    /** Every referral kind with its cases per answer, zeros included. */
    List<ReferralFigures> byReferral() {
        List<ReferralFigures> figures = new ArrayList<>();
        for (ReferralKind kind : ReferralKind.values()) {
            Map<ReferralOutcome, Long> counts = byReferral.getOrDefault(kind, Map.of());
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            figures.add(new ReferralFigures(kind.name(), kind.label(), total,
                    every(ReferralOutcome.values(), counts, ReferralOutcome::name, ReferralOutcome::label)));
        }
        return figures;
    }

    List<Figure> openByRiskLevel() {
        return every(RiskLevel.values(), openByRisk, RiskLevel::name, RiskLevel::label);
    }

    /**
     * The towns of {@code expected} (code → name, in that order) with zeros where no case was counted, then any other
     * town a case was counted in.
     */
    List<Figure> byTown(Map<String, String> expected) {
        List<Figure> figures = new ArrayList<>();
        expected.forEach((code, name) -> figures.add(new Figure(code, name, byTown.getOrDefault(code, 0L))));
        byTown.forEach((code, n) -> {
            if (!expected.containsKey(code)) {
                String name = townNames.get(code);
                figures.add(new Figure(code, name == null ? code : name, n));
            }
        });
        return figures;
    }

    /** Every month of {@code from}..{@code to}, zeros included. */
    List<MonthFigures> byMonth(LocalDate from, LocalDate to) {
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            Map<DisputeCategory, Long> counts = byMonth.getOrDefault(m, Map.of());
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            months.add(new MonthFigures(m.toString(), m.getYear() + "年" + m.getMonthValue() + "月", total,
                    every(DisputeCategory.values(), counts, DisputeCategory::name, DisputeCategory::label)));
        }
        return months;
    }

    /** The open HIGH and CRITICAL cases as added: critical first, then the nearest deadline first. */
    List<HighRiskCase> openHighRiskCases() {
        return List.copyOf(highRisk);
    }

    private static <K> void add(Map<K, Long> counts, K key, long n) {
        counts.merge(key, n, Long::sum);
    }

    private static <E> List<Figure> every(E[] codes, Map<E, Long> counts, Function<E, String> code,
                                          Function<E, String> label) {
        List<Figure> figures = new ArrayList<>(codes.length);
        for (E each : codes) {
            figures.add(new Figure(code.apply(each), label.apply(each), counts.getOrDefault(each, 0L)));
        }
        return figures;
    }
}
