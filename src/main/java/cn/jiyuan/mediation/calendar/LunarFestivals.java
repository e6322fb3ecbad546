package cn.jiyuan.mediation.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Gregorian dates of the Chinese lunar-calendar festivals used by the sensitive-period calendar.
 *
 * <p>Backed by the 6tail {@code cn.6tail:lunar} library ({@code com.nlf.calendar}), which computes
 * new moons and solar terms astronomically in China Standard Time, as the official calendar of the
 * Purple Mountain Observatory does. This class is thread-safe; it can be used as a plain object
 * ({@code new LunarFestivals()}) or injected as a Spring bean. A date, once computed, is kept: the astronomy
 * takes about a millisecond per date, and every intake asks whether today is in a sensitive period (issue 14);
 * there are at most two festivals for each of 199 years.
 *
 * <p>Verification (see {@code LunarFestivalsTest}): the library's dates of 春节 and 中秋节 match the
 * published calendar for every year 2000–2035 and for historically tricky years, and for every
 * year 1901–2099 they agree with an independent new-moon computation (Meeus, <i>Astronomical
 * Algorithms</i>, ch. 49). No correction table is needed. Note that ICU4J's {@code ChineseCalendar}
 * is <em>wrong</em> by one day for 春节 1954, 2027 and 2030 (new moons within 8 minutes of
 * midnight), so it must not be used as a substitute.
 */
@Component
public class LunarFestivals {

    /** First Gregorian year supported (range of the published official tables, 1901–2099). */
    public static final int MIN_YEAR = 1901;

    /** Last Gregorian year supported. */
    public static final int MAX_YEAR = 2099;

    /** Computed dates by lunar year, month and day ({@code yyyyMMdd} of the lunar date). */
    private static final Map<Integer, LocalDate> COMPUTED = new ConcurrentHashMap<>();

    /**
     * 春节 (Spring Festival): 正月初一 of the lunar year that begins in the given Gregorian year.
     *
     * @param year Gregorian year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @throws IllegalArgumentException if {@code year} is out of range
     */
    public LocalDate springFestival(int year) {
        return lunarToGregorian(checkYear(year), 1, 1);
    }

    /**
     * 中秋节 (Mid-Autumn Festival): 八月十五 (of the regular, non-leap eighth month) of the lunar year
     * that begins in the given Gregorian year. It always falls in the same Gregorian year.
     *
     * @param year Gregorian year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @throws IllegalArgumentException if {@code year} is out of range
     */
    public LocalDate midAutumn(int year) {
        return lunarToGregorian(checkYear(year), 8, 15);
    }

    /**
     * 除夕 (Chinese New Year's Eve): the last day of the lunar year that ends in the given Gregorian
     * year, i.e. the day before {@link #springFestival(int)}. This is 腊月廿九 when the twelfth lunar
     * month has only 29 days (e.g. 2025-01-28, 2026-02-16), otherwise 腊月三十, hence it is computed
     * as the day before 春节 and never as "腊月三十".
     *
     * @param year Gregorian year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @throws IllegalArgumentException if {@code year} is out of range
     */
    public LocalDate chineseNewYearsEve(int year) {
        return springFestival(year).minusDays(1);
    }

    private static int checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
        }
        return year;
    }

    /** Converts a date of a regular (non-leap) lunar month; the lunar year number equals {@code year}. */
    private static LocalDate lunarToGregorian(int lunarYear, int lunarMonth, int lunarDay) {
        return COMPUTED.computeIfAbsent(lunarYear * 10_000 + lunarMonth * 100 + lunarDay, key -> {
            Solar solar = Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar();
            return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
        });
    }
}
