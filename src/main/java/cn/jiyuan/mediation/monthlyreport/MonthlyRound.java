package cn.jiyuan.mediation.monthlyreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** One month of monthly work (table monthly_round). */
public record MonthlyRound(long id, YearMonth month, LocalDate from, LocalDate to, OffsetDateTime dueAt,
                           OffsetDateTime supervisionAt, String processInstanceId, OffsetDateTime rolledUpAt) {

    public String label() {
        return MonthlyPeriod.label(month);
    }
}
