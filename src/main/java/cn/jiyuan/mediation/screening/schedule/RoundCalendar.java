package cn.jiyuan.mediation.screening.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.ScreeningProperties;
import cn.jiyuan.mediation.calendar.SensitivePeriodSource;

/**
 * Which routine rounds a day has (docs/domain.md section 6): on a sensitive day one daily round for villages
 * and towns alike; otherwise the villages' weekly round on its weekday and the towns' monthly round on
 * its day of the month (both on a day that is both).
 */
@Component
public class RoundCalendar {

    private final SensitivePeriodSource sensitivePeriods;
    private final ScreeningProperties properties;

    public RoundCalendar(SensitivePeriodSource sensitivePeriods, ScreeningProperties properties) {
        this.sensitivePeriods = sensitivePeriods;
        this.properties = properties;
    }

    public List<RoundKind> roundsOn(LocalDate day) {
        return roundsOn(day, sensitivePeriods.isSensitive(day), properties.getWeeklyOn(), properties.getMonthlyOn());
    }

    static List<RoundKind> roundsOn(LocalDate day, boolean sensitive, DayOfWeek weeklyOn, int monthlyOn) {
        if (sensitive) {
            return List.of(RoundKind.DAILY);
        }
        List<RoundKind> kinds = new ArrayList<>();
        if (day.getDayOfWeek() == weeklyOn) {
            kinds.add(RoundKind.WEEKLY);
        }
        if (day.getDayOfMonth() == monthlyOn) {
            kinds.add(RoundKind.MONTHLY);
        }
        return kinds;
    }
}
