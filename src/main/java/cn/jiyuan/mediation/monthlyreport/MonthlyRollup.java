package cn.jiyuan.mediation.monthlyreport;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The city's roll-up of a month as it was produced — when the last office reported, or at the supervision time at the
 * latest — kept with the month (table monthly_round): its text and the towns that had not reported by the due time.
 */
public record MonthlyRollup(long roundId, OffsetDateTime producedAt, String text, List<String> lateTownCodes) {

    public MonthlyRollup {
        lateTownCodes = List.copyOf(lateTownCodes);
    }
}
