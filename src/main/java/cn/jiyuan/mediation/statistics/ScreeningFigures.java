package cn.jiyuan.mediation.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Screening coverage of the period (排查全覆盖), with the definitions of
 * {@link cn.jiyuan.mediation.screening.coverage.CoverageFigures}: the rounds dated in the period that have units in
 * the reader's reach, the reports those units owed ({@code expected}), those in ({@code reported}, zero reports
 * included), the zero reports, those still missing after their due time ({@code overdue}), {@code reported /
 * expected} as a number 0..1 (null when nothing was due) and the disputes the reports found.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ScreeningFigures(long rounds, long expected, long reported, long zeroReports, long overdue,
                               Double coverageRate, long disputesFound) {
}
