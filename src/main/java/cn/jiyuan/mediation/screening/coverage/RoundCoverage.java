package cn.jiyuan.mediation.screening.coverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A round's coverage (全覆盖、无盲区) as the API answers it: the round, its figures, its figures per town and
 * (for a single round) the silent units. Figures count only the towns the viewer supervises.
 */
public record RoundCoverage(long roundId, String kind, String kindName, String title, String topic,
                            LocalDate roundDate, OffsetDateTime dueAt, int expected, int reported, int zeroReports,
                            int overdue, double coveragePercent, int disputesFound, List<TownCoverage> towns,
                            List<SilentUnit> silentUnits) {
}
