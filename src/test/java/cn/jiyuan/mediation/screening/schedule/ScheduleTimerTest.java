package cn.jiyuan.mediation.screening.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.screening.ScreeningProperties;

class ScheduleTimerTest {

    @Test
    void theScheduleRunsAtEightInJiyuanWhateverTheServersTimeZone() {
        ScheduleTimer timer = new ScheduleTimer(new ScreeningProperties());
        LocalDate day = LocalDate.of(2027, 7, 1);
        assertThat(timer.cron(ZoneId.of("Asia/Shanghai"), day)).isEqualTo("0 0 8 * * ?");
        assertThat(timer.cron(ZoneId.of("UTC"), day)).isEqualTo("0 0 0 * * ?");
    }

    @Test
    void theTimeIsConfigurable() {
        ScreeningProperties properties = new ScreeningProperties();
        properties.setDailyAt(LocalTime.of(7, 30));
        assertThat(new ScheduleTimer(properties).cron(ZoneId.of("UTC"), LocalDate.of(2027, 7, 1)))
                .isEqualTo("0 30 23 * * ?");
    }
}
