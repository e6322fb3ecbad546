package cn.jiyuan.mediation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The calendar on its own, with the project's Flyway migrations on an in-memory H2 database. */
class SensitivePeriodCalendarTest {

    private SensitivePeriodRepository repository;
    private SensitivePeriodCalendar calendar;

    @BeforeEach
    void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).table("med_flyway_history")
                .javaMigrations(new cn.jiyuan.mediation.platform.database.EngineSchemaMigration()).load().migrate();
        repository = new SensitivePeriodRepository(new JdbcTemplate(dataSource));
        calendar = calendar(new SensitivePeriodProperties());
    }

    private SensitivePeriodCalendar calendar(SensitivePeriodProperties properties) {
        return new SensitivePeriodCalendar(new LunarFestivals(), properties, repository);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void year2025() {
        assertThat(calendar.periodsOf(2025)).containsExactly(
                new SensitivePeriod("SPRING_FESTIVAL", "春节", d("2025-01-29"), d("2025-01-22"), d("2025-02-05")),
                new SensitivePeriod("TWO_SESSIONS", "全国两会", null, d("2025-03-04"), d("2025-03-11")),
                new SensitivePeriod("NATIONAL_DAY", "国庆节", d("2025-10-01"), d("2025-09-28"), d("2025-10-08")),
                new SensitivePeriod("MID_AUTUMN", "中秋节", d("2025-10-06"), d("2025-10-03"), d("2025-10-09")));
    }

    @Test
    void year2026UsesTheDefaultRuleForTheTwoSessions() {
        assertThat(calendar.periodsOf(2026)).containsExactly(
                new SensitivePeriod("SPRING_FESTIVAL", "春节", d("2026-02-17"), d("2026-02-10"), d("2026-02-24")),
                new SensitivePeriod("TWO_SESSIONS", "全国两会", null, d("2026-03-03"), d("2026-03-15")),
                new SensitivePeriod("MID_AUTUMN", "中秋节", d("2026-09-25"), d("2026-09-22"), d("2026-09-28")),
                new SensitivePeriod("NATIONAL_DAY", "国庆节", d("2026-10-01"), d("2026-09-28"), d("2026-10-08")));
    }

    /** Festival days of several years against the published calendar, with the default windows. */
    @ParameterizedTest(name = "{0}: 春节 {1}, 中秋 {2}")
    @CsvSource({
        "2000, 2000-02-05, 2000-09-12",
        "2020, 2020-01-25, 2020-10-01",
        "2023, 2023-01-22, 2023-09-29",
        "2024, 2024-02-10, 2024-09-17",
        "2027, 2027-02-06, 2027-09-15",
        "2030, 2030-02-03, 2030-09-12",
        "2033, 2033-01-31, 2033-09-08",
    })
    void festivalsOfSeveralYears(int year, LocalDate springFestival, LocalDate midAutumn) {
        List<SensitivePeriod> periods = calendar.periodsOf(year);
        assertThat(periods).filteredOn(p -> p.code().equals("SPRING_FESTIVAL")).singleElement()
                .isEqualTo(new SensitivePeriod("SPRING_FESTIVAL", "春节", springFestival, springFestival.minusDays(7),
                        springFestival.plusDays(7)));
        assertThat(periods).filteredOn(p -> p.code().equals("MID_AUTUMN")).singleElement()
                .isEqualTo(new SensitivePeriod("MID_AUTUMN", "中秋节", midAutumn, midAutumn.minusDays(3),
                        midAutumn.plusDays(3)));
    }

    @Test
    void knownTwoSessionsOf2024() {
        assertThat(calendar.computed(StandardSensitivePeriod.TWO_SESSIONS, 2024))
                .isEqualTo(new SensitivePeriod("TWO_SESSIONS", "全国两会", null, d("2024-03-04"), d("2024-03-11")));
    }

    @Test
    void everySupportedYearHasTheFourPeriodsSortedByStart() {
        for (int year = SensitivePeriodCalendar.MIN_YEAR; year <= SensitivePeriodCalendar.MAX_YEAR; year++) {
            int y = year;
            List<SensitivePeriod> periods = calendar.computedPeriodsOf(y);
            assertThat(periods).as("%d", year).extracting(SensitivePeriod::code).containsExactlyInAnyOrder(
                    "TWO_SESSIONS", "SPRING_FESTIVAL", "MID_AUTUMN", "NATIONAL_DAY");
            assertThat(periods).as("%d", year).isSortedAccordingTo(
                    (a, b) -> a.start().compareTo(b.start()));
            periods.stream().filter(p -> p.festivalDate() != null)
                    .forEach(p -> assertThat(p.contains(p.festivalDate())).as("%s %d", p.code(), y).isTrue());
        }
    }

    @Test
    void unsupportedYearsAreRejected() {
        for (int year : new int[] {1900, 2100}) {
            assertThatThrownBy(() -> calendar.periodsOf(year)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(year));
        }
    }

    @Test
    void anOverrideReplacesTheComputedPeriodOfItsYearOnly() {
        calendar.override(2027, "TWO_SESSIONS", "全国两会（已公布）", null, d("2027-03-04"), d("2027-03-11"),
                "dates announced", "zhaojiceng");
        calendar.override(2027, "SPRING_FESTIVAL", "春节", d("2027-02-06"), d("2027-01-30"), d("2027-02-20"), null,
                "admin");

        assertThat(calendar.periodsOf(2027)).hasSize(4).contains(
                new SensitivePeriod("TWO_SESSIONS", "全国两会（已公布）", null, d("2027-03-04"), d("2027-03-11")),
                new SensitivePeriod("SPRING_FESTIVAL", "春节", d("2027-02-06"), d("2027-01-30"), d("2027-02-20")));
        assertThat(calendar.computed(StandardSensitivePeriod.TWO_SESSIONS, 2027).start()).isEqualTo(d("2027-03-03"));
        assertThat(calendar.periodsOf(2028)).isEqualTo(calendar.computedPeriodsOf(2028));
        assertThat(calendar.storedPeriod(2027, "TWO_SESSIONS")).hasValueSatisfying(o -> {
            assertThat(o.note()).isEqualTo("dates announced");
            assertThat(o.updatedBy()).isEqualTo("zhaojiceng");
            assertThat(o.updatedAt()).isNotNull();
        });

        // a second save of the same code and year replaces the first
        calendar.override(2027, "TWO_SESSIONS", "全国两会", null, d("2027-03-05"), d("2027-03-12"), null, "admin");
        assertThat(calendar.periodsOf(2027)).filteredOn(p -> p.code().equals("TWO_SESSIONS")).singleElement()
                .extracting(SensitivePeriod::start).isEqualTo(d("2027-03-05"));
        assertThat(calendar.storedPeriod(2027, "TWO_SESSIONS").orElseThrow().note()).isNull();

        // removing the override falls back to the computed period
        assertThat(calendar.removeOverride(2027, "TWO_SESSIONS")).isTrue();
        assertThat(calendar.removeOverride(2027, "TWO_SESSIONS")).isFalse();
        assertThat(calendar.periodsOf(2027)).contains(calendar.computed(StandardSensitivePeriod.TWO_SESSIONS, 2027));
    }

    @Test
    void customPeriodsAreAddedAndSortedByStart() {
        calendar.override(2026, "CUSTOM_VILLAGE_ELECTIONS", "村（社区）两委换届", null, d("2026-04-01"),
                d("2026-04-30"), null, "admin");
        assertThat(calendar.periodsOf(2026)).extracting(SensitivePeriod::code).containsExactly(
                "SPRING_FESTIVAL", "TWO_SESSIONS", "CUSTOM_VILLAGE_ELECTIONS", "MID_AUTUMN", "NATIONAL_DAY");
        assertThat(calendar.isSensitive(d("2026-04-15"))).isTrue();
        assertThat(calendar.activePeriodsOn(d("2026-04-15"))).extracting(SensitivePeriod::name)
                .containsExactly("村（社区）两委换届");

        assertThat(calendar.removeOverride(2026, "CUSTOM_VILLAGE_ELECTIONS")).isTrue();
        assertThat(calendar.periodsOf(2026)).hasSize(4);
        assertThat(calendar.isSensitive(d("2026-04-15"))).isFalse();
    }

    @Test
    void activePeriodsAndSensitiveDays() {
        assertThat(calendar.activePeriodsOn(d("2026-02-17"))).extracting(SensitivePeriod::code)
                .containsExactly("SPRING_FESTIVAL");
        assertThat(calendar.isSensitive(d("2026-02-10"))).isTrue();
        assertThat(calendar.isSensitive(d("2026-02-24"))).isTrue();
        assertThat(calendar.isSensitive(d("2026-02-25"))).isFalse();
        assertThat(calendar.isSensitive(d("2026-03-15"))).isTrue();
        assertThat(calendar.isSensitive(d("2026-06-15"))).isFalse();
        // 2026-09-28: last day of 中秋 and first day of 国庆
        assertThat(calendar.activePeriodsOn(d("2026-09-28"))).extracting(SensitivePeriod::code)
                .containsExactly("MID_AUTUMN", "NATIONAL_DAY");
        assertThat(calendar.isSensitive(d("2026-10-08"))).isTrue();
        assertThat(calendar.isSensitive(d("2026-10-09"))).isFalse();
    }

    @Test
    void activePeriodsCrossTheYearBoundary() {
        // a period of 2028 that begins in December 2027, and one of 2027 that ends in January 2028
        calendar.override(2028, "CUSTOM_NEW_YEAR", "元旦", d("2028-01-01"), d("2027-12-28"), d("2028-01-03"), null,
                "admin");
        calendar.override(2027, "CUSTOM_YEAR_END", "年终欠薪治理", null, d("2027-12-15"), d("2028-01-10"), null,
                "admin");
        assertThat(calendar.activePeriodsOn(d("2027-12-30"))).extracting(SensitivePeriod::code)
                .containsExactly("CUSTOM_YEAR_END", "CUSTOM_NEW_YEAR");
        assertThat(calendar.activePeriodsOn(d("2028-01-05"))).extracting(SensitivePeriod::code)
                .containsExactly("CUSTOM_YEAR_END");
        assertThat(calendar.isSensitive(d("2028-01-11"))).isFalse();
        assertThat(calendar.periodsOf(2027)).extracting(SensitivePeriod::code).contains("CUSTOM_YEAR_END")
                .doesNotContain("CUSTOM_NEW_YEAR");
    }

    @Test
    void aWideSpringFestivalWindowStartsInThePreviousYear() {
        SensitivePeriodProperties properties = new SensitivePeriodProperties();
        properties.getSpringFestival().setDaysBefore(30);
        SensitivePeriodCalendar wide = calendar(properties);
        // 春节 2023 is 2023-01-22: the window opens on 2022-12-23
        assertThat(wide.activePeriodsOn(d("2022-12-25"))).singleElement().isEqualTo(
                new SensitivePeriod("SPRING_FESTIVAL", "春节", d("2023-01-22"), d("2022-12-23"), d("2023-01-29")));
        assertThat(wide.isSensitive(d("2022-12-22"))).isFalse();
    }

    @Test
    void daysOutsideTheSupportedYearsAreNotSensitiveAndDoNotFail() {
        assertThat(calendar.activePeriodsOn(d("2100-06-01"))).isEmpty();
        assertThat(calendar.isSensitive(d("1900-10-01"))).isFalse();
        assertThat(calendar.activePeriodsOn(d("1900-01-01"))).isEmpty();
        assertThat(calendar.isSensitive(d("2099-10-01"))).isTrue();
        assertThat(calendar.isSensitive(d("1901-10-01"))).isTrue();
    }

    @Test
    void configuredTwoSessionsAndWindows() {
        SensitivePeriodProperties properties = new SensitivePeriodProperties();
        properties.getTwoSessions().getYears().put(2026,
                new SensitivePeriodProperties.DateRange(d("2026-03-04"), d("2026-03-12")));
        properties.getTwoSessions().setDefaultStart(MonthDay.of(3, 1));
        properties.getTwoSessions().setDefaultEnd(MonthDay.of(3, 20));
        properties.getMidAutumn().setDaysBefore(0);
        properties.getMidAutumn().setDaysAfter(0);
        properties.getNationalDay().setDaysBefore(0);
        SensitivePeriodCalendar configured = calendar(properties);

        assertThat(configured.computed(StandardSensitivePeriod.TWO_SESSIONS, 2026))
                .extracting(SensitivePeriod::start, SensitivePeriod::end).containsExactly(d("2026-03-04"), d("2026-03-12"));
        assertThat(configured.computed(StandardSensitivePeriod.TWO_SESSIONS, 2025).start()).isEqualTo(d("2025-03-04"));
        assertThat(configured.computed(StandardSensitivePeriod.TWO_SESSIONS, 2027))
                .extracting(SensitivePeriod::start, SensitivePeriod::end).containsExactly(d("2027-03-01"), d("2027-03-20"));
        assertThat(configured.computed(StandardSensitivePeriod.MID_AUTUMN, 2026))
                .extracting(SensitivePeriod::start, SensitivePeriod::end).containsExactly(d("2026-09-25"), d("2026-09-25"));
        assertThat(configured.computed(StandardSensitivePeriod.NATIONAL_DAY, 2026).start()).isEqualTo(d("2026-10-01"));
    }

    @Test
    void invalidConfigurationIsRejectedAtStartup() {
        SensitivePeriodProperties properties = new SensitivePeriodProperties();
        properties.getSpringFestival().setDaysBefore(-1);
        properties.getTwoSessions().setDefaultStart(MonthDay.of(3, 20));
        properties.getTwoSessions().getYears().put(2027,
                new SensitivePeriodProperties.DateRange(d("2027-03-12"), d("2027-03-04")));
        assertThatThrownBy(() -> calendar(properties)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring-festival").hasMessageContaining("default-start")
                .hasMessageContaining("years.2027");
    }
}
