package cn.jiyuan.mediation.screening.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** The day the screening-schedule process plans ({@code screeningDate}, or today). */
class ScreeningDayTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void noDateGivenIsToday() {
        assertThat(ScreeningSchedule.day(null, TODAY)).isEqualTo(TODAY);
        assertThat(ScreeningSchedule.day(" ", TODAY)).isEqualTo(TODAY);
    }

    @Test
    void anIsoDateATimestampOrADateIsThatDayInJiyuan() {
        assertThat(ScreeningSchedule.day("2026-11-30", TODAY)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ScreeningSchedule.day("2026-11-30T00:00:00", TODAY)).isEqualTo(LocalDate.of(2026, 11, 30));
        // 17:00 UTC is the next morning in Jiyuan (UTC+8)
        assertThat(ScreeningSchedule.day(Date.from(Instant.parse("2026-11-30T17:00:00Z")), TODAY))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aDayAfterTodayIsRefused() {
        assertThatThrownBy(() -> ScreeningSchedule.day("2026-12-03", TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("排查日期不能晚于今天：2026-12-03");
    }
}
