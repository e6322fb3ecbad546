package cn.jiyuan.mediation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nlf.calendar.Lunar;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LunarFestivalsTest {

    private final LunarFestivals festivals = new LunarFestivals();

    /** Officially published dates (国务院 holiday notices / 紫金山天文台 calendar), 2000–2035. */
    @ParameterizedTest(name = "{0}: 春节 {1}, 中秋 {2}")
    @CsvSource({
        "2000, 2000-02-05, 2000-09-12",
        "2001, 2001-01-24, 2001-10-01",
        "2002, 2002-02-12, 2002-09-21",
        "2003, 2003-02-01, 2003-09-11",
        "2004, 2004-01-22, 2004-09-28",
        "2005, 2005-02-09, 2005-09-18",
        "2006, 2006-01-29, 2006-10-06",
        "2007, 2007-02-18, 2007-09-25",
        "2008, 2008-02-07, 2008-09-14",
        "2009, 2009-01-26, 2009-10-03",
        "2010, 2010-02-14, 2010-09-22",
        "2011, 2011-02-03, 2011-09-12",
        "2012, 2012-01-23, 2012-09-30",
        "2013, 2013-02-10, 2013-09-19",
        "2014, 2014-01-31, 2014-09-08",
        "2015, 2015-02-19, 2015-09-27",
        "2016, 2016-02-08, 2016-09-15",
        "2017, 2017-01-28, 2017-10-04",
        "2018, 2018-02-16, 2018-09-24",
        "2019, 2019-02-05, 2019-09-13",
        "2020, 2020-01-25, 2020-10-01",
        "2021, 2021-02-12, 2021-09-21",
        "2022, 2022-02-01, 2022-09-10",
        "2023, 2023-01-22, 2023-09-29",
        "2024, 2024-02-10, 2024-09-17",
        "2025, 2025-01-29, 2025-10-06",
        "2026, 2026-02-17, 2026-09-25",
        "2027, 2027-02-06, 2027-09-15",
        "2028, 2028-01-26, 2028-10-03",
        "2029, 2029-02-13, 2029-09-22",
        "2030, 2030-02-03, 2030-09-12",
        "2031, 2031-01-23, 2031-10-01",
        "2032, 2032-02-11, 2032-09-19",
        "2033, 2033-01-31, 2033-09-08",
        "2034, 2034-02-19, 2034-09-27",
        "2035, 2035-02-08, 2035-09-16",
    })
    void officialDates2000To2035(int year, LocalDate springFestival, LocalDate midAutumn) {
        assertThat(festivals.springFestival(year)).isEqualTo(springFestival);
        assertThat(festivals.midAutumn(year)).isEqualTo(midAutumn);
    }

    /**
     * Years whose 正月 new moon lies within 30 minutes of midnight China Standard Time, so that a
     * low-precision algorithm lands on the wrong day. Times are the new-moon instants (CST) from
     * Meeus' algorithm. ICU4J 76.1 gets 1954, 2027 and 2030 wrong by one day.
     */
    @ParameterizedTest(name = "春节 {0} = {1}")
    @CsvSource({
        "1954, 1954-02-03", // new moon 1954-02-03 23:55
        "1958, 1958-02-18", // 23:38
        "1966, 1966-01-21", // 23:46
        "1968, 1968-01-30", // 00:29 (Vietnam, on UTC+7, had Tet 1968 on 01-29)
        "1969, 1969-02-17", // 00:25
        "1985, 1985-02-20", // year of the disputed 1984/85 leap month in unofficial calendars
        "1988, 1988-02-17", // 23:54
        "2007, 2007-02-18", // 00:14
        "2027, 2027-02-06", // 23:56
        "2030, 2030-02-03", // 00:07
    })
    void springFestivalNearMidnightNewMoon(int year, LocalDate expected) {
        assertThat(festivals.springFestival(year)).isEqualTo(expected);
    }

    /** Years whose 八月 new moon lies close to midnight CST. */
    @ParameterizedTest(name = "中秋 {0} = {1}")
    @CsvSource({
        "1978, 1978-09-17", // new moon 1978-09-03 00:09; Hong Kong almanacs wrongly had 09-16
        "2034, 2034-09-27", // 2034-09-13 00:14
        "2041, 2041-09-10", // 2041-08-27 00:16 (astronomical computation, not yet published)
    })
    void midAutumnNearMidnightNewMoon(int year, LocalDate expected) {
        assertThat(festivals.midAutumn(year)).isEqualTo(expected);
    }

    /** 腊月 with 29 days: 除夕 is 腊月廿九, so "腊月三十" would not exist. */
    @ParameterizedTest(name = "除夕 {0} = {1} (腊月廿九)")
    @CsvSource({"2025, 2025-01-28", "2026, 2026-02-16"})
    void newYearsEveWhenTwelfthMonthHas29Days(int year, LocalDate expected) {
        LocalDate eve = festivals.chineseNewYearsEve(year);
        assertThat(eve).isEqualTo(expected);
        Lunar lunar = Lunar.fromYmd(year - 1, 12, 29);
        assertThat(LocalDate.of(lunar.getSolar().getYear(), lunar.getSolar().getMonth(),
                lunar.getSolar().getDay())).isEqualTo(expected);
        assertThatThrownBy(() -> Lunar.fromYmd(year - 1, 12, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newYearsEveWhenTwelfthMonthHas30Days() {
        // 癸卯 year's 腊月 has 30 days: 除夕 2024 is 腊月三十.
        assertThat(festivals.chineseNewYearsEve(2024)).isEqualTo(LocalDate.of(2024, 2, 9));
    }

    /** Every supported year: plausible Gregorian windows, and 除夕 is always the day before 春节. */
    @Test
    void wholeRangeIsWithinKnownWindows() {
        for (int year = LunarFestivals.MIN_YEAR; year <= LunarFestivals.MAX_YEAR; year++) {
            LocalDate spring = festivals.springFestival(year);
            LocalDate midAutumn = festivals.midAutumn(year);
            assertThat(spring.getYear()).as("春节 %d", year).isEqualTo(year);
            assertThat(MonthDay.from(spring)).as("春节 %d", year)
                    .isBetween(MonthDay.of(1, 21), MonthDay.of(2, 20));
            assertThat(midAutumn.getYear()).as("中秋 %d", year).isEqualTo(year);
            assertThat(MonthDay.from(midAutumn)).as("中秋 %d", year)
                    .isBetween(MonthDay.of(9, 7), MonthDay.of(10, 8));
            assertThat(festivals.chineseNewYearsEve(year)).isEqualTo(spring.minusDays(1));
        }
    }

    @ParameterizedTest(name = "year {0} is rejected")
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 1900, 2100, Integer.MAX_VALUE})
    void outOfRangeYearIsRejected(int year) {
        for (IntFunction<LocalDate> method : List.<IntFunction<LocalDate>>of(
                festivals::springFestival, festivals::midAutumn, festivals::chineseNewYearsEve)) {
            assertThatThrownBy(() -> method.apply(year))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("year")
                    .hasMessageContaining(String.valueOf(year));
        }
    }

    @ParameterizedTest(name = "boundary year {0} is accepted")
    @ValueSource(ints = {LunarFestivals.MIN_YEAR, LunarFestivals.MAX_YEAR})
    void boundaryYearsAreAccepted(int year) {
        assertThat(festivals.springFestival(year).getYear()).isEqualTo(year);
        assertThat(festivals.midAutumn(year).getYear()).isEqualTo(year);
        assertThat(festivals.chineseNewYearsEve(year)).isNotNull();
    }
}
