package cn.jiyuan.mediation.screening.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RoundCalendarTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void villagesWeeklyTownsMonthlyBothDailyInSensitivePeriods() {
        assertThat(RoundCalendar.roundsOn(d("2027-03-22"), false, DayOfWeek.MONDAY, 1)).containsExactly(RoundKind.WEEKLY);
        assertThat(RoundCalendar.roundsOn(d("2027-04-01"), false, DayOfWeek.MONDAY, 1)).containsExactly(RoundKind.MONTHLY);
        assertThat(RoundCalendar.roundsOn(d("2027-11-01"), false, DayOfWeek.MONDAY, 1))
                .containsExactly(RoundKind.WEEKLY, RoundKind.MONTHLY);
        assertThat(RoundCalendar.roundsOn(d("2027-03-23"), false, DayOfWeek.MONDAY, 1)).isEmpty();
        assertThat(RoundCalendar.roundsOn(d("2027-11-01"), true, DayOfWeek.MONDAY, 1)).containsExactly(RoundKind.DAILY);
        assertThat(RoundCalendar.roundsOn(d("2027-03-23"), true, DayOfWeek.MONDAY, 1)).containsExactly(RoundKind.DAILY);
    }

    @Test
    void theDaysAreConfigurable() {
        assertThat(RoundCalendar.roundsOn(d("2027-03-26"), false, DayOfWeek.FRIDAY, 26))
                .containsExactly(RoundKind.WEEKLY, RoundKind.MONTHLY);
    }
}
