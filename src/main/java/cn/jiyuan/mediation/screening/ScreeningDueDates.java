package cn.jiyuan.mediation.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.screening.schedule.RoundKind;

/**
 * When a round's reports are due (the reminder is given then) and when a silent unit's justice office gets
 * its supervision task, from {@link ScreeningProperties}.
 */
@Component
public class ScreeningDueDates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final ScreeningProperties properties;
    private final ScreeningClock clock;

    public ScreeningDueDates(ScreeningProperties properties, ScreeningClock clock) {
        List<String> problems = properties.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid screening configuration: " + String.join("; ", problems));
        }
        this.properties = properties;
        this.clock = clock;
    }

    /** Due time and supervision time of one round. */
    public record Due(OffsetDateTime dueAt, OffsetDateTime supervisionAt) {
    }

    public Due routine(RoundKind kind, LocalDate day) {
        ScreeningProperties.Timing timing = properties.timing(kind);
        return due(day.plusDays(timing.getDueInDays()), timing);
    }

    /** A campaign's reports are due at {@code due-time} of the day its starter chose. */
    public Due campaign(LocalDate dueDay) {
        return due(dueDay, properties.timing(RoundKind.CAMPAIGN));
    }

    private Due due(LocalDate day, ScreeningProperties.Timing timing) {
        OffsetDateTime dueAt = day.atTime(properties.getDueTime()).atZone(clock.zone()).toOffsetDateTime();
        return new Due(dueAt, dueAt.plus(timing.getSupervisionAfter()));
    }

    /** As users read it: 2027年3月24日 18:00. */
    public String shown(OffsetDateTime time) {
        return time.atZoneSameInstant(clock.zone()).format(SHOWN);
    }
}
