package cn.jiyuan.mediation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Binding of {@code mediation.sensitive-periods.*} as a deployment writes it. */
class SensitivePeriodPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SensitivePeriodConfiguration.class);

    @Test
    void defaultsWithoutAnyConfiguration() {
        runner.run(context -> {
            SensitivePeriodProperties p = context.getBean(SensitivePeriodProperties.class);
            assertThat(p.getTwoSessions().getYears()).containsOnlyKeys(2024, 2025);
            assertThat(p.getTwoSessions().getDefaultStart()).isEqualTo(MonthDay.of(3, 3));
            assertThat(p.getTwoSessions().getDefaultEnd()).isEqualTo(MonthDay.of(3, 15));
            assertThat(p.getSpringFestival().getDaysBefore()).isEqualTo(7);
            assertThat(p.getSpringFestival().getDaysAfter()).isEqualTo(7);
            assertThat(p.getMidAutumn().getDaysBefore()).isEqualTo(3);
            assertThat(p.getNationalDay().getDaysBefore()).isEqualTo(3);
            assertThat(p.getNationalDay().getDaysAfter()).isEqualTo(7);
            assertThat(p.problems()).isEmpty();
        });
    }

    @Test
    void configuredValuesAreBoundAndKnownYearsAreKept() {
        runner.withPropertyValues(
                "mediation.sensitive-periods.two-sessions.years.2026.start=2026-03-04",
                "mediation.sensitive-periods.two-sessions.years.2026.end=2026-03-12",
                "mediation.sensitive-periods.two-sessions.default-start=03-01",
                "mediation.sensitive-periods.two-sessions.default-end=--03-20",
                "mediation.sensitive-periods.spring-festival.days-before=10",
                "mediation.sensitive-periods.mid-autumn.days-after=5",
                "mediation.sensitive-periods.national-day.days-before=0").run(context -> {
                    SensitivePeriodProperties p = context.getBean(SensitivePeriodProperties.class);
                    assertThat(p.getTwoSessions().getYears()).containsOnlyKeys(2024, 2025, 2026);
                    assertThat(p.getTwoSessions().getYears().get(2026).getStart()).isEqualTo(LocalDate.of(2026, 3, 4));
                    assertThat(p.getTwoSessions().getYears().get(2026).getEnd()).isEqualTo(LocalDate.of(2026, 3, 12));
                    assertThat(p.getTwoSessions().getDefaultStart()).isEqualTo(MonthDay.of(3, 1));
                    assertThat(p.getTwoSessions().getDefaultEnd()).isEqualTo(MonthDay.of(3, 20));
                    assertThat(p.getSpringFestival().getDaysBefore()).isEqualTo(10);
                    assertThat(p.getSpringFestival().getDaysAfter()).isEqualTo(7);
                    assertThat(p.getMidAutumn().getDaysAfter()).isEqualTo(5);
                    assertThat(p.getNationalDay().getDaysBefore()).isZero();
                });
    }

    @Test
    void badMonthDayFailsTheStart() {
        runner.withPropertyValues("mediation.sensitive-periods.two-sessions.default-start=03-32")
                .run(context -> assertThat(context).hasFailed());
    }
}
