package cn.jiyuan.mediation.statistics;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.jiyuan.mediation.calendar.SensitivePeriod;

/**
 * The supervisors' figures ({@code GET /api/statistics/overview}); a stable JSON shape, other clients (the 矛调态势
 * dashboard in Cockpit) depend on it. Every field is always present; rates are numbers 0..1 (four decimals) or
 * null when their denominator is 0. Breakdowns are lists of {@code {code, label, count}}.
 *
 * <pre>
 * {
 *   "from": "2024-01-01", "to": "2024-12-31",      period: registration days, inclusive (Jiyuan's dates)
 *   "townCode": "419001100", "townName": "克井镇",  the town asked for, or null
 *   "asOf": "2026-12-03",                          today: "open", "overdue" and screening "overdue" are as of now
 *   "registered": 12, "concluded": 9, "agreements": 6, "successRate": 0.6667,
 *   "concludedOnTime": 7, "onTimeRate": 0.7778, "averageDaysToConclude": 21.4,
 *   "open": 3, "overdue": 1,
 *   "byCategory": [{code, label, count}],         every category, zeros included, in the code list's order
 *   "byTown": [{code, label, count}],             the town asked for, else the reader's towns (all sixteen for the
 *                                                 city, a justice office's own), zeros included, then any other town
 *                                                 with cases (a committee's, an industry committee's)
 *   "byHandlingLevel": […], "byChannel": […], "byStatus": […],   every code, zeros included
 *   "byOutcome": [{"code":"AGREED","label":"调解成功","count":6}, NO_AGREEMENT, WITHDRAWN, REFUSED, REFERRED],  concluded
 *   "byMonth": [{"month":"2024-01","label":"2024年1月","count":2,"byCategory":[{code,label,count}…]}],  every month
 *   "openByRiskLevel": [{code, label, count}],    LOW, MEDIUM, HIGH, CRITICAL
 *   "openHighRiskCases": [{caseId, caseNumber, riskLevel, riskLevelLabel, townCode, townName, committeeCode,
 *                          committeeName, deadline, overdue, processInstanceId}],  critical first, then by deadline
 *   "rebounds": {"visits": 2, "cases": 1},
 *   "earlyWarnings": {"total": 3, "byRiskLevel": […], "byStatus": [{"code":"OPEN",…},{"code":"CLOSED",…}]},
 *   "screening": {rounds, expected, reported, zeroReports, overdue, coverageRate, disputesFound},
 *   "currentSensitivePeriods": [{code, name, festivalDate, start, end}]   today's periods, usually none or one
 *   "byCommitteeType": [{code, label, count}],    every committee type (the stationed rooms among them), zeros included
 *   "byReferral": [{"code":"COURT","label":"诉调对接","count":2,
 *                   "byOutcome":[{"code":"ACCEPTED",…},HANDLED,RETURNED,DECLINED,PENDING]}]   every kind and answer
 * }
 * </pre>
 *
 * <p>Definitions (all limited to the cases the reader handles or supervises, {@code CaseScope.handles()}, and to
 * {@code townCode} when given). The case figures count the cases <b>registered in the period</b> — the same cases
 * as {@code GET /api/ledger/cases?from=&to=&townCode=}, through the same query — so that every case figure is
 * reproducible from the ledger (the ledger also lists, masked, cases the reader only registered or, for an
 * administrator, only reads; those are counted by whoever handles them, not here — an administrator who handles no
 * committee gets zeros):
 * <ul>
 * <li>{@code registered}: those cases; {@code byCategory}, {@code byTown}, {@code byHandlingLevel} (the handling
 * committee's level now, after any hand-over), {@code byChannel}, {@code byStatus} (the status now) and
 * {@code byMonth} (month of registration) split them.</li>
 * <li>{@code concluded}: those of them concluded (see {@code LedgerQuery}: a status-history entry AGREED,
 * NO_AGREEMENT, WITHDRAWN, REFUSED or REFERRED not followed by a REOPENED entry; the conclusion is the earliest such entry),
 * whenever the conclusion happened; {@code byOutcome} splits them by the concluding status.</li>
 * <li>{@code agreements}: concluded with AGREED (written or oral agreement); {@code successRate} = agreements /
 * concluded.</li>
 * <li>{@code concludedOnTime}: concluded on or before the deadline (case_file.deadline, which a consented extension
 * moves, and a reopening after a rebound sets anew); {@code onTimeRate} = concludedOnTime / concluded.</li>
 * <li>{@code averageDaysToConclude}: mean of the calendar days from registration to conclusion over the concluded
 * cases (one decimal), null when none.</li>
 * <li>{@code open}: not concluded; {@code overdue}: open with a deadline before today; {@code openByRiskLevel} splits
 * the open cases by their risk level now; {@code openHighRiskCases} lists the open HIGH and CRITICAL ones (at most
 * {@value StatisticsService#MAX_HIGH_RISK_CASES}; their number is in {@code openByRiskLevel}).</li>
 * <li>{@code byCommitteeType}: those cases by the type of their handling committee now (村、镇、行业性专业性、市级中心, and the
 * mediation rooms stationed at courts, police stations and petition offices); the ledger's {@code committeeType}
 * filter lists each figure's cases.</li>
 * <li>{@code byReferral}: those of them referred out (三调联动), by where their latest referral went and what became of
 * it ({@code PENDING}: no answer yet); the ledger's {@code referralKind} and {@code referralOutcome} filters list each
 * figure's cases. A case referred twice (returned, then referred elsewhere) counts once, by its latest referral.</li>
 * <li>{@code rebounds}: follow-up visits with the result REBOUND of those cases, and how many cases had one.</li>
 * </ul>
 * The other figures are events dated in the period, of cases (or units) in the reader's reach:
 * <ul>
 * <li>{@code earlyWarnings}: stability-ledger entries first entered in the period ({@code entered_at}), by their
 * highest level and their state now.</li>
 * <li>{@code screening}: the screening rounds dated in the period ({@code round_date}) and the reports owed by the
 * units whose committee or town is in the reader's reach.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Overview(LocalDate from, LocalDate to, String townCode, String townName, LocalDate asOf,
                       long registered, long concluded, long agreements, Double successRate, long concludedOnTime,
                       Double onTimeRate, Double averageDaysToConclude, long open, long overdue,
                       List<Figure> byCategory, List<Figure> byTown, List<Figure> byHandlingLevel,
                       List<Figure> byChannel, List<Figure> byStatus, List<Figure> byOutcome,
                       List<MonthFigures> byMonth, List<Figure> openByRiskLevel, List<HighRiskCase> openHighRiskCases,
                       Rebounds rebounds, EarlyWarnings earlyWarnings, ScreeningFigures screening,
                       List<SensitivePeriod> currentSensitivePeriods, List<Figure> byCommitteeType,
                       List<ReferralFigures> byReferral) {
}
