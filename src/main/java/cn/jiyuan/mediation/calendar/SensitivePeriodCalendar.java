package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.calendar.SensitivePeriodProperties.DateRange;
import cn.jiyuan.mediation.calendar.SensitivePeriodProperties.Window;

/**
 * The sensitive-period calendar (敏感时期, docs/domain.md section 6): 全国两会, 春节, 中秋节 and 国庆节 of every
 * year 1901–2099, computed from {@link SensitivePeriodProperties} and the lunar calendar
 * ({@link LunarFestivals}), then replaced per year and code by the administrators' stored periods, plus
 * the periods they added under codes of their own. Nothing is cached: a change through the API is seen
 * at once, also by the other nodes of a cluster.
 */
@Service
public class SensitivePeriodCalendar implements SensitivePeriodSource {

    /** Codes of sensitive periods: the standard ones and those an administrator adds (e.g. CUSTOM_...). */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    public static final int MIN_YEAR = LunarFestivals.MIN_YEAR;
    public static final int MAX_YEAR = LunarFestivals.MAX_YEAR;

    private static final Comparator<SensitivePeriod> BY_START = Comparator.comparing(SensitivePeriod::start)
            .thenComparing(SensitivePeriod::end).thenComparing(SensitivePeriod::code);

    private final LunarFestivals lunar;
    private final SensitivePeriodProperties properties;
    private final SensitivePeriodRepository repository;

    public SensitivePeriodCalendar(LunarFestivals lunar, SensitivePeriodProperties properties,
                                   SensitivePeriodRepository repository) {
        List<String> problems = properties.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid sensitive-period configuration: " + String.join("; ", problems));
        }
        this.lunar = lunar;
        this.properties = properties;
        this.repository = repository;
    }

    /** Whether {@code year} is one the calendar covers ({@value #MIN_YEAR}–{@value #MAX_YEAR}). */
    public static boolean isSupportedYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /**
     * The periods of {@code year} as users see them, sorted by start: the computed ones, each replaced by
     * a stored period of the same code and year, plus the stored periods of other codes.
     *
     * @throws IllegalArgumentException if the year is not supported
     */
    public List<SensitivePeriod> periodsOf(int year) {
        checkYear(year);
        return merge(year, repository.findByYears(year, year));
    }

    /** The computed periods of {@code year}, without the administrators' changes, sorted by start. */
    public List<SensitivePeriod> computedPeriodsOf(int year) {
        checkYear(year);
        List<SensitivePeriod> periods = new ArrayList<>();
        for (StandardSensitivePeriod standard : StandardSensitivePeriod.values()) {
            periods.add(computed(standard, year));
        }
        periods.sort(BY_START);
        return periods;
    }

    /** The computed period of one standard code in {@code year}. */
    public SensitivePeriod computed(StandardSensitivePeriod standard, int year) {
        checkYear(year);
        return switch (standard) {
            case TWO_SESSIONS -> twoSessions(year);
            case SPRING_FESTIVAL -> around(standard, lunar.springFestival(year), properties.getSpringFestival());
            case MID_AUTUMN -> around(standard, lunar.midAutumn(year), properties.getMidAutumn());
            case NATIONAL_DAY -> around(standard, LocalDate.of(year, 10, 1), properties.getNationalDay());
        };
    }

    /**
     * The periods that contain {@code day}, sorted by start. Periods of the year before and after are
     * considered too, since a window (a configured or overridden one) may cross New Year. Days outside
     * the supported years have none.
     */
    public List<SensitivePeriod> activePeriodsOn(LocalDate day) {
        int year = day.getYear();
        int from = Math.max(MIN_YEAR, year - 1);
        int to = Math.min(MAX_YEAR, year + 1);
        if (from > to) {
            return List.of();
        }
        List<SensitivePeriodOverride> stored = repository.findByYears(from, to);
        List<SensitivePeriod> active = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            int current = y;
            merge(y, stored.stream().filter(o -> o.year() == current).toList()).stream()
                    .filter(p -> p.contains(day)).forEach(active::add);
        }
        active.sort(BY_START);
        return active;
    }

    @Override
    public boolean isSensitive(LocalDate day) {
        return !activePeriodsOn(day).isEmpty();
    }

    /** The administrator's stored period of {@code (year, code)}, if any. */
    public Optional<SensitivePeriodOverride> storedPeriod(int year, String code) {
        checkYear(year);
        return repository.find(year, code);
    }

    /**
     * Stores an administrator's period: it replaces the computed period of a standard code in that year,
     * or adds a period of a code of their own. Input is expected to be validated already (see
     * {@link SensitivePeriodRequest}); basic invariants are checked again here.
     *
     * @return the period as it now appears in {@link #periodsOf(int)}
     */
    public SensitivePeriod override(int year, String code, String name, LocalDate festivalDate, LocalDate start,
                                    LocalDate end, String note, String userId) {
        checkYear(year);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("invalid code " + code);
        }
        SensitivePeriod period = new SensitivePeriod(code, name, festivalDate, start, end);
        repository.save(new SensitivePeriodOverride(code, year, name, festivalDate, start, end, note, userId,
                OffsetDateTime.now(ZoneOffset.UTC)));
        return period;
    }

    /**
     * Removes an administrator's period: a standard period falls back to the computed one, an added
     * period disappears.
     *
     * @return false when there was no stored period of {@code (year, code)}
     */
    public boolean removeOverride(int year, String code) {
        checkYear(year);
        return repository.delete(year, code);
    }

    private List<SensitivePeriod> merge(int year, List<SensitivePeriodOverride> stored) {
        Map<String, SensitivePeriod> byCode = new LinkedHashMap<>();
        for (SensitivePeriod computed : computedPeriodsOf(year)) {
            byCode.put(computed.code(), computed);
        }
        for (SensitivePeriodOverride override : stored) {
            byCode.put(override.code(), override.toPeriod());
        }
        List<SensitivePeriod> periods = new ArrayList<>(byCode.values());
        periods.sort(BY_START);
        return periods;
    }

    private SensitivePeriod twoSessions(int year) {
        SensitivePeriodProperties.TwoSessions config = properties.getTwoSessions();
        DateRange known = config.getYears().get(year);
        if (known != null) {
            return new SensitivePeriod(StandardSensitivePeriod.TWO_SESSIONS.name(),
                    StandardSensitivePeriod.TWO_SESSIONS.label(), null, known.getStart(), known.getEnd());
        }
        return new SensitivePeriod(StandardSensitivePeriod.TWO_SESSIONS.name(),
                StandardSensitivePeriod.TWO_SESSIONS.label(), null, config.getDefaultStart().atYear(year),
                config.getDefaultEnd().atYear(year)); // a 29 February becomes 28 February in common years
    }

    private static SensitivePeriod around(StandardSensitivePeriod standard, LocalDate festival, Window window) {
        return new SensitivePeriod(standard.name(), standard.label(), festival,
                festival.minusDays(window.getDaysBefore()), festival.plusDays(window.getDaysAfter()));
    }

    private static void checkYear(int year) {
        if (!isSupportedYear(year)) {
            throw new IllegalArgumentException(
                    "year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
        }
    }
}
