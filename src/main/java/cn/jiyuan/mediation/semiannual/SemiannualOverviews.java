package cn.jiyuan.mediation.semiannual;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * The grassroots section's overview of a half-year (who has and has not submitted, who was late), on the engine's
 * clock, for the API, the roll-up task and the roll-up document.
 */
@Service
public class SemiannualOverviews {

    /** One office or committee in the overview. */
    public record UnitStatus(long summaryId, String unitKind, String unitKindLabel, String unitCode, String unitName,
                             String townCode, String status, String statusLabel, OffsetDateTime submittedAt,
                             OffsetDateTime remindedAt, int attachments) {
    }

    /**
     * A half-year's overview: {@code expected} summaries, {@code submitted} (late ones included), {@code late}
     * (submitted after the due date), {@code notSubmitted}, and of those {@code overdue} (the due date has passed).
     */
    public record RoundOverview(String periodCode, String title, LocalDate figuresFrom, LocalDate figuresTo,
                                OffsetDateTime dueAt, OffsetDateTime issuedAt, OffsetDateTime asOf, int expected,
                                int submitted, int late, int notSubmitted, int overdue, List<UnitStatus> units) {
    }

    private final SemiannualRepository repository;
    private final ScreeningClock clock;

    public SemiannualOverviews(SemiannualRepository repository, ScreeningClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The round of {@code periodCode} (null: the latest) as the viewer may see it. */
    public RoundOverview overview(String periodCode, SemiannualViewer viewer) {
        SemiannualRepository.Round round = round(periodCode);
        OffsetDateTime now = clock.now();
        List<UnitStatus> units = repository.findSummaries(round.id()).stream().filter(viewer::seesStatus)
                .map(s -> status(s, round, now)).toList();
        return overview(round, units, now);
    }

    /** Every unit of the round (for the roll-up task and document, which only the grassroots section gets). */
    public RoundOverview overview(long roundId) {
        SemiannualRepository.Round round = repository.findRound(roundId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + roundId + " 的半年工作总结"));
        OffsetDateTime now = clock.now();
        return overview(round, repository.findSummaries(round.id()).stream().map(s -> status(s, round, now)).toList(),
                now);
    }

    /** The engine's clock, in Jiyuan's offset. */
    public OffsetDateTime now() {
        return clock.now();
    }

    public SemiannualRepository.Round round(String periodCode) {
        if (periodCode == null || periodCode.isBlank()) {
            return repository.latestRound().orElseThrow(() -> new NotFoundException("尚未下发过半年工作总结任务"));
        }
        return repository.findRound(periodCode.trim())
                .orElseThrow(() -> new NotFoundException("没有" + periodCode.trim() + "的半年工作总结"));
    }

    /** The overview as the roll-up task shows it. */
    public String text(long roundId) {
        RoundOverview o = overview(roundId);
        StringBuilder t = new StringBuilder();
        t.append(o.title()).append("工作总结（截止").append(CaseTime.shown(o.dueAt())).append("）：应报").append(o.expected())
                .append("个单位，已报送").append(o.submitted()).append("个（其中逾期报送").append(o.late()).append("个），未报送")
                .append(o.notSubmitted()).append("个。");
        line(t, "逾期未报", o.units(), SummaryStatus.OVERDUE);
        line(t, "未报送（未到截止日期）", o.units(), SummaryStatus.PENDING);
        line(t, "逾期报送", o.units(), SummaryStatus.SUBMITTED_LATE);
        line(t, "按时报送", o.units(), SummaryStatus.SUBMITTED);
        return t.toString();
    }

    private static void line(StringBuilder t, String heading, List<UnitStatus> units, SummaryStatus status) {
        String names = units.stream().filter(u -> u.status().equals(status.name())).map(UnitStatus::unitName)
                .collect(Collectors.joining("、"));
        if (!names.isEmpty()) {
            t.append("\n").append(heading).append("：").append(names);
        }
    }

    private UnitStatus status(SemiannualRepository.Summary s, SemiannualRepository.Round round, OffsetDateTime now) {
        SummaryStatus status = SummaryStatus.of(s, round.dueAt(), now);
        return new UnitStatus(s.id(), s.unitKind().name(), s.unitKind().label(), s.unitCode(), s.unitName(),
                s.townCode(), status.name(), status.label(), s.submittedAt(), s.remindedAt(),
                repository.findAttachments(s.id()).size());
    }

    private static RoundOverview overview(SemiannualRepository.Round round, List<UnitStatus> units, OffsetDateTime now) {
        int submitted = (int) units.stream().filter(u -> u.submittedAt() != null).count();
        int late = count(units, SummaryStatus.SUBMITTED_LATE);
        int overdue = count(units, SummaryStatus.OVERDUE);
        return new RoundOverview(round.periodCode(), round.title(), round.figuresFrom(), round.figuresTo(), round.dueAt(),
                round.issuedAt(), now, units.size(), submitted, late, units.size() - submitted, overdue, units);
    }

    private static int count(List<UnitStatus> units, SummaryStatus status) {
        return (int) units.stream().filter(u -> u.status().equals(status.name())).count();
    }
}
