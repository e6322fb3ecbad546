package cn.jiyuan.mediation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.calendar.HolidayArrangement.Holiday;
import cn.jiyuan.mediation.calendar.HolidayArrangement.MakeUpWorkday;
import cn.jiyuan.mediation.platform.request.FieldErrors;

/**
 * Working days from the shipped notices ({@link OfficialHolidayArrangements}): the dates checked here are read off
 * the State Council's notices of 2023–2026 (cited in {@link OfficialHolidayArrangements}), not computed.
 */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = OfficialHolidayArrangements.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private LocalDate next(String iso) {
        return calendar.nextWorkingDay(d(iso));
    }

    @Test
    void theShippedYearsAreTheAnnouncedOnes() {
        assertThat(OfficialHolidayArrangements.all().keySet()).containsExactlyInAnyOrder(2023, 2024, 2025, 2026);
        assertThat(calendar.isArranged(2026)).isTrue();
        assertThat(calendar.isArranged(2022)).isFalse();
        assertThat(calendar.isArranged(2027)).isFalse();
    }

    @Test
    void theNextWorkingDayAcrossSpringFestival() {
        // 2026: 2月15日至23日放假调休，共9天；2月14日（周六）、2月28日（周六）上班
        assertThat(next("2026-02-16")).as("registered on 除夕").isEqualTo(d("2026-02-24"));
        assertThat(next("2026-02-13")).as("Friday before: the make-up Saturday").isEqualTo(d("2026-02-14"));
        assertThat(next("2026-02-14")).as("the make-up Saturday itself").isEqualTo(d("2026-02-24"));
        assertThat(next("2026-02-27")).as("Friday after: the second make-up Saturday").isEqualTo(d("2026-02-28"));
        // 2025: 1月28日（除夕）至2月4日放假调休；1月26日（周日）、2月8日（周六）上班
        assertThat(next("2025-01-24")).as("Friday before: the make-up Sunday").isEqualTo(d("2025-01-26"));
        assertThat(next("2025-01-27")).isEqualTo(d("2025-02-05"));
        assertThat(next("2025-02-07")).isEqualTo(d("2025-02-08"));
        // 2024: 除夕 (2月9日) was worked; 2月10日至17日放假；2月18日（周日）上班
        assertThat(calendar.isWorkingDay(d("2024-02-09"))).isTrue();
        assertThat(next("2024-02-09")).isEqualTo(d("2024-02-18"));
        assertThat(next("2024-02-03")).as("make-up Sunday 4 February").isEqualTo(d("2024-02-04"));
        // 2023: 1月21日至27日放假；1月28日（周六）、1月29日（周日）上班
        assertThat(next("2023-01-20")).isEqualTo(d("2023-01-28"));
        assertThat(next("2023-01-28")).isEqualTo(d("2023-01-29"));
    }

    @Test
    void theOtherHolidaysAndTheirMakeUpDays() {
        assertThat(next("2025-12-31")).as("2026 元旦 1–3 January, Sunday 4 January worked").isEqualTo(d("2026-01-04"));
        assertThat(next("2026-04-03")).as("清明 4–6 April").isEqualTo(d("2026-04-07"));
        assertThat(next("2026-04-30")).as("劳动节 1–5 May").isEqualTo(d("2026-05-06"));
        assertThat(next("2026-05-08")).as("Saturday 9 May worked").isEqualTo(d("2026-05-09"));
        assertThat(next("2026-06-18")).as("端午 19–21 June").isEqualTo(d("2026-06-22"));
        assertThat(next("2026-09-18")).as("Sunday 20 September worked").isEqualTo(d("2026-09-20"));
        assertThat(next("2026-09-24")).as("中秋 25–27 September").isEqualTo(d("2026-09-28"));
        assertThat(next("2026-09-30")).as("国庆 1–7 October").isEqualTo(d("2026-10-08"));
        assertThat(next("2026-10-09")).as("Saturday 10 October worked").isEqualTo(d("2026-10-10"));
        assertThat(next("2025-09-30")).as("2025 国庆、中秋 1–8 October").isEqualTo(d("2025-10-09"));
        assertThat(next("2025-10-10")).as("Saturday 11 October 2025 worked").isEqualTo(d("2025-10-11"));
        assertThat(next("2024-09-13")).as("Saturday 14 September 2024 worked").isEqualTo(d("2024-09-14"));
        assertThat(next("2024-04-03")).as("清明 4–6 April 2024, Sunday 7 April worked").isEqualTo(d("2024-04-07"));
        assertThat(next("2023-12-29")).as("2024 元旦 with the weekend").isEqualTo(d("2024-01-02"));
        // 2023's notice starts on 31 December 2022: the day belongs to the next year's arrangement
        assertThat(next("2022-12-30")).isEqualTo(d("2023-01-03"));
        assertThat(next("2023-10-06")).as("Saturday 7 October 2023 worked").isEqualTo(d("2023-10-07"));
    }

    @Test
    void aYearWithoutItsNoticeCountsWeekendsOnly() {
        // 2027's holidays are not announced yet: 1 January 2027 (a Friday) counts as a working day
        assertThat(calendar.isWorkingDay(d("2027-01-01"))).isTrue();
        assertThat(next("2026-12-31")).isEqualTo(d("2027-01-01"));
        assertThat(next("2027-02-05")).as("Friday before 春节 2027: Monday").isEqualTo(d("2027-02-08"));
        assertThat(calendar.isWorkingDay(d("2027-02-06"))).isFalse();
    }

    @Test
    void aNoticeMayNameDaysOfTheDecemberBefore() {
        // like 元旦 2019: 30 December 2018 to 1 January 2019 off, Saturday 29 December 2018 worked
        HolidayArrangement y2041 = new HolidayArrangement(2041, "测试通知",
                List.of(new Holiday("元旦", d("2040-12-30"), d("2041-01-01"))),
                List.of(new MakeUpWorkday(d("2040-12-29"), "元旦")));
        WorkingCalendar withNextYear = new WorkingCalendar(Map.of(2041, y2041));
        assertThat(d("2040-12-29").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(withNextYear.isWorkingDay(d("2040-12-29"))).isTrue();
        assertThat(withNextYear.isWorkingDay(d("2040-12-31"))).as("a Monday off").isFalse();
        assertThat(withNextYear.nextWorkingDay(d("2040-12-28"))).isEqualTo(d("2040-12-29"));
        assertThat(withNextYear.nextWorkingDay(d("2040-12-29"))).isEqualTo(d("2041-01-02"));
    }

    @Test
    void everyShippedYearPassesTheRulesTheApiEnforces() {
        for (HolidayArrangement official : OfficialHolidayArrangements.all().values()) {
            List<HolidayArrangementRequest.HolidayEntry> holidays = new ArrayList<>();
            official.holidays().forEach(h -> holidays.add(new HolidayArrangementRequest.HolidayEntry(h.name(),
                    h.start().toString(), h.end().toString())));
            List<HolidayArrangementRequest.WorkdayEntry> workdays = new ArrayList<>();
            official.makeUpWorkdays().forEach(w -> workdays.add(new HolidayArrangementRequest.WorkdayEntry(
                    w.date().toString(), w.holiday())));
            HolidayArrangement checked = HolidayArrangementRequest.validate(String.valueOf(official.year()),
                    new HolidayArrangementRequest(official.notice(), holidays, workdays, null), new FieldErrors());
            assertThat(checked).as(official.notice()).isEqualTo(official);
            assertThat(official.makeUpWorkdays()).allSatisfy(w -> assertThat(w.date().getDayOfWeek())
                    .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
    }

    @Test
    void theHolidaysLastAsLongAsTheNoticesSay() {
        assertThat(days(2026, "春节")).isEqualTo(9);
        assertThat(days(2026, "国庆节")).isEqualTo(7);
        assertThat(days(2026, "元旦")).isEqualTo(3);
        assertThat(days(2025, "春节")).isEqualTo(8);
        assertThat(days(2025, "国庆节、中秋节")).isEqualTo(8);
        assertThat(days(2025, "元旦")).isEqualTo(1);
        assertThat(days(2024, "春节")).isEqualTo(8);
        assertThat(days(2024, "劳动节")).isEqualTo(5);
        assertThat(days(2023, "春节")).isEqualTo(7);
        assertThat(days(2023, "中秋节、国庆节")).isEqualTo(8);
        assertThat(OfficialHolidayArrangements.of(2026).orElseThrow().makeUpWorkdays()).extracting(MakeUpWorkday::date)
                .containsExactly(d("2026-01-04"), d("2026-02-14"), d("2026-02-28"), d("2026-05-09"), d("2026-09-20"),
                        d("2026-10-10"));
    }

    private static long days(int year, String name) {
        Holiday h = OfficialHolidayArrangements.of(year).orElseThrow().holidays().stream()
                .filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return ChronoUnit.DAYS.between(h.start(), h.end()) + 1;
    }
}
