package cn.jiyuan.mediation.semiannual;

import static cn.jiyuan.mediation.semiannual.SemiannualVariables.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Issues a half-year's summaries (下发半年工作总结任务): a round row, and for every justice office and every industry
 * committee of the registry a summary row with its figures and a {@code semiannual-summary} process. A half-year is
 * issued once: a second start (the timer and a hand start, or two hand starts) finds the round and issues nothing.
 * About twenty processes: started in the transaction of the round, so that a failure leaves no half-issued round.
 */
@Service("semiannualRounds")
public class SemiannualRounds {

    /** The outcome of {@link #open}: the round, and whether this call issued it. */
    public record Opened(SemiannualRepository.Round round, boolean issued) {
    }

    private final SemiannualRepository repository;
    private final OrganizationRepository registry;
    private final SummaryFigures figures;
    private final RuntimeService runtime;
    private final ScreeningClock clock;

    public SemiannualRounds(SemiannualRepository repository, OrganizationRepository registry, SummaryFigures figures,
                            RuntimeService runtime, ScreeningClock clock) {
        this.repository = repository;
        this.registry = registry;
        this.figures = figures;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Opens the round of the half-year due next (on the engine's clock). */
    public Opened open(String issuedBy, String processInstanceId) {
        OffsetDateTime now = clock.now();
        LocalDate today = now.toLocalDate();
        HalfYear period = HalfYear.dueNext(today);
        LocalDate figuresTo = period.figuresTo(today);
        Optional<Long> id = repository.insertRound(period, figuresTo, now, issuedBy, processInstanceId);
        if (id.isEmpty()) {
            return new Opened(repository.findRound(period.code()).orElseThrow(), false);
        }
        for (ReportingUnit unit : reportingUnits()) {
            String text = figures.of(unit, period.figuresFrom(), figuresTo);
            long summaryId = repository.insertSummary(id.get(), unit, text);
            String instance = runtime.startProcessInstanceByKey(SUMMARY_PROCESS, String.valueOf(summaryId),
                    variables(summaryId, unit, period, text)).getId();
            repository.markStarted(summaryId, instance);
        }
        return new Opened(repository.findRound(id.get()).orElseThrow(), true);
    }

    /** Every justice office, then every industry committee (the notice: 各所、各行业性专业性调委会). */
    public List<ReportingUnit> reportingUnits() {
        List<ReportingUnit> units = new ArrayList<>();
        for (JusticeOffice o : registry.findOffices()) {
            units.add(new ReportingUnit(UnitKind.JUSTICE_OFFICE, o.code(), o.name(), o.townCode(), o.groupId()));
        }
        for (Committee c : registry.findCommittees()) {
            if (c.type() == CommitteeType.INDUSTRY) {
                units.add(new ReportingUnit(UnitKind.INDUSTRY_COMMITTEE, c.code(), c.name(), null, c.groupId()));
            }
        }
        return units;
    }

    static VariableMap variables(long summaryId, ReportingUnit unit, HalfYear period, String figuresText) {
        VariableMap v = Variables.createVariables()
                .putValue(SUMMARY_ID, summaryId)
                .putValue(UNIT_GROUP, unit.group())
                .putValue(UNIT_NAME, unit.name())
                .putValue(ROUND_TITLE, period.title())
                .putValue(DUE_AT, ScreeningClock.toDate(period.dueAt()))
                .putValue(DUE_TEXT, CaseTime.shownDay(ScreeningClock.toDate(period.dueAt())))
                .putValue(FIRST_REMINDER_AT, ScreeningClock.toDate(period.reminderAt(HalfYear.FIRST_REMINDER_DAYS)))
                .putValue(SECOND_REMINDER_AT, ScreeningClock.toDate(period.reminderAt(HalfYear.SECOND_REMINDER_DAYS)))
                .putValue(FIGURES_TEXT, figuresText)
                .putValue(SUMMARY_TEXT, skeleton(period, figuresText));
        if (unit.townCode() != null) {
            v.putValue(TOWN_CODE, unit.townCode());
        }
        return v;
    }

    /** The text the form opens with: the notice's headings, the figures already in the first. */
    static String skeleton(HalfYear period, String figuresText) {
        return "一、基本情况\n" + figuresText + "\n\n二、主要做法和成效\n\n三、存在的问题\n\n四、下一步工作打算\n";
    }
}
