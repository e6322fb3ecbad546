package cn.jiyuan.mediation.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * The city's monthly roll-up ({@link MonthlyRounds#produceRollup}) as it is produced: late are the towns not reported
 * by the due time — still silent, and reported after it — and what it says is kept with the month as of that moment.
 */
class MonthlyRollupTest {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-05-30T18:00+08:00");
    private static final OffsetDateTime SUPERVISION = OffsetDateTime.parse("2026-06-02T18:00+08:00");
    private static final MonthlyRound ROUND = new MonthlyRound(5L, YearMonth.of(2026, 5), LocalDate.of(2026, 4, 26),
            LocalDate.of(2026, 5, 25), DUE, SUPERVISION, "pi-5", null);

    private final MonthlyReportRepository repository = mock(MonthlyReportRepository.class);
    private final ScreeningClock clock = mock(ScreeningClock.class);
    private final MonthlySigners signers = mock(MonthlySigners.class);
    private final MonthlyRounds rounds = new MonthlyRounds(repository, mock(OrganizationRepository.class),
            mock(MonthlyReportProperties.class), clock, mock(RuntimeService.class), signers);

    private static MonthlyReport report(long id, String town, String name, ReportStatus status, OffsetDateTime reportedAt) {
        return new MonthlyReport(id, 5L, town, name, "JO" + town, name.replace("镇", "司法所"), status, "pi-" + id,
                reportedAt == null ? null : LocalDate.of(2026, 5, 20), null, null, null, null, null, null,
                reportedAt == null ? null : "lijianhua", reportedAt, 0, reportedAt, null, null);
    }

    @Test
    void lateAreTheTownsNotReportedByTheDueTimeAsTheyStoodWhenTheRollUpWasProduced() {
        when(clock.now()).thenReturn(SUPERVISION.plusMinutes(1));
        when(repository.findRound(5L)).thenReturn(Optional.of(ROUND));
        when(repository.reportsOf(5L)).thenReturn(List.of(
                report(1, "419001100", "克井镇", ReportStatus.REPORTED, DUE.minusDays(1)),
                report(2, "419001109", "王屋镇", ReportStatus.REPORTED, DUE.plusDays(1)),
                report(3, "419001110", "下冶镇", ReportStatus.GENERATED, null)));
        when(signers.describe("lijianhua")).thenReturn("李建华（克井司法所所长）");
        when(repository.findRollup(5L)).thenReturn(Optional.of(new MonthlyRollup(5L, SUPERVISION, "…", List.of())));

        rounds.produceRollup(5L);

        ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<String>> late = ArgumentCaptor.forClass(List.class);
        verify(repository).recordRollupProduced(eq(5L), eq(SUPERVISION.plusMinutes(1)), text.capture(), late.capture());
        assertThat(late.getValue()).containsExactly("419001109", "419001110");
        assertThat(text.getValue()).contains("汇总时间 2026年6月2日 18:01：应报 3 个司法所，已报 2 个，未报 1 个。",
                "未按时报送：王屋镇（逾期报送）、下冶镇（待审核签发）。", "克井镇：2026年5月29日 18:00报送，例会 2026年5月20日，签发人 李建华（克井司法所所长）",
                "王屋镇：2026年5月31日 18:00报送（逾期）");
    }

    @Test
    void aMonthOpenedWithTheEarlierModelProducesItsRollUpWhenItsTaskIsCreated() throws Exception {
        MonthlyRounds mocked = mock(MonthlyRounds.class);
        org.camunda.bpm.engine.delegate.DelegateTask task = mock(org.camunda.bpm.engine.delegate.DelegateTask.class);
        when(task.getVariable(MonthlyScheduleVariables.ROUND_ID)).thenReturn(5L);

        new MonthlyScheduleDelegates().showMonthlyRollup(mocked).notify(task);

        verify(mocked).produceRollup(5L);
    }

    @Test
    void allOnTimeNamesNoneLate() {
        when(clock.now()).thenReturn(DUE.minusHours(2));
        when(repository.findRound(5L)).thenReturn(Optional.of(ROUND));
        when(repository.reportsOf(5L)).thenReturn(List.of(report(1, "419001100", "克井镇", ReportStatus.REPORTED,
                DUE.minusHours(3))));
        when(signers.describe(anyString())).thenReturn("李建华");
        when(repository.findRollup(5L)).thenReturn(Optional.of(new MonthlyRollup(5L, DUE, "…", List.of())));

        rounds.produceRollup(5L);

        ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
        verify(repository).recordRollupProduced(eq(5L), any(), text.capture(), eq(List.of()));
        assertThat(text.getValue()).contains("全部按时报送。").doesNotContain("未按时报送");
    }
}
