package cn.jiyuan.mediation.monthlyreport;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * The months of monthly work: opening a month (a report for every town with a justice office), starting each
 * office's process, telling the month when every office has reported, and the city's roll-up for the grassroots
 * section.
 */
@Service
public class MonthlyRounds {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRounds.class);

    /** A month just opened: its round and the towns whose offices get the month's work. */
    public record Opened(long roundId, List<String> towns, MonthlyPeriod period) {
    }

    private final MonthlyReportRepository repository;
    private final OrganizationRepository registry;
    private final MonthlyReportProperties properties;
    private final ScreeningClock clock;
    private final RuntimeService runtime;
    private final MonthlySigners signers;

    public MonthlyRounds(MonthlyReportRepository repository, OrganizationRepository registry,
                         MonthlyReportProperties properties, ScreeningClock clock, RuntimeService runtime,
                         MonthlySigners signers) {
        this.signers = signers;
        this.repository = repository;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
        this.runtime = runtime;
    }

    /**
     * Opens a month once: the given one (yyyy-MM) or, without, the month whose opening day is today.
     *
     * @return empty when the month had been opened before
     */
    public Optional<Opened> open(Object period, String processInstanceId) {
        YearMonth month = month(period);
        MonthlyPeriod p = MonthlyPeriod.of(month, properties);
        Optional<Long> roundId = repository.insertRound(p, clock.now(), processInstanceId);
        if (roundId.isEmpty()) {
            log.info("Monthly work of {} was opened before; nothing opened twice", month);
            return Optional.empty();
        }
        List<String> towns = new ArrayList<>();
        for (OrgUnit town : registry.findUnits(UnitLevel.TOWN, null)) {
            Optional<JusticeOffice> office = registry.findOfficeOfTown(town.code());
            if (office.isPresent()) {
                repository.insertReport(roundId.get(), town.code(), town.name(), office.get().code(), office.get().name());
                towns.add(town.code());
            }
        }
        log.info("Monthly work of {} opened for {} justice offices", month, towns.size());
        return Optional.of(new Opened(roundId.get(), towns, p));
    }

    private YearMonth month(Object period) {
        if (period == null || period.toString().isBlank()) {
            return MonthlyPeriod.monthOn(clock.today(), properties);
        }
        try {
            return YearMonth.parse(period.toString().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period must be yyyy-MM, was " + period, e);
        }
    }

    /** Starts the office's process of the month once (a retried job finds it started). */
    public void startReport(long roundId, String townCode) {
        MonthlyRound round = repository.findRound(roundId).orElseThrow();
        MonthlyReport report = repository.find(roundId, townCode).orElseThrow();
        if (report.processInstanceId() != null) {
            return;
        }
        JusticeOffice office = registry.findOfficeOfTown(townCode).orElseThrow();
        ProcessInstance instance = runtime.startProcessInstanceByKey(MonthlyReportVariables.PROCESS_KEY,
                townCode + "-" + round.month(), Variables.createVariables()
                        .putValue(MonthlyReportVariables.REPORT_ID, report.id())
                        .putValue(MonthlyReportVariables.TOWN_CODE, townCode)
                        .putValue(MonthlyReportVariables.TOWN_NAME, report.townName())
                        .putValue(MonthlyReportVariables.PERIOD_LABEL, round.label())
                        .putValue(MonthlyReportVariables.OFFICE_GROUP, office.groupId())
                        .putValue(MonthlyReportVariables.DUE_AT, ScreeningClock.toDate(round.dueAt()))
                        .putValue(MonthlyReportVariables.SUPERVISION_AT, ScreeningClock.toDate(round.supervisionAt())));
        repository.setProcessInstance(report.id(), instance.getId());
    }

    /**
     * After a report went out: when it was the month's last, the month's schedule rolls up now rather than at the
     * supervision time. The round's row is locked first, so that two offices reporting at the same moment cannot
     * both see the other still missing.
     */
    public boolean reportedOne(long reportId) {
        MonthlyReport report = repository.find(reportId).orElseThrow();
        repository.markReported(reportId, clock.now());
        repository.lockRound(report.roundId(), clock.now());
        MonthlyRound round = repository.findRound(report.roundId()).orElseThrow();
        if (repository.countNotReported(round.id()) > 0 || round.processInstanceId() == null) {
            return false;
        }
        return !runtime.createMessageCorrelation(MonthlyScheduleVariables.ALL_REPORTED_MESSAGE)
                .processInstanceId(round.processInstanceId()).correlateAllWithResult().isEmpty();
    }

    /**
     * 汇总全市月报: the month's reports as they stand now — when every office has reported, or at the supervision time —
     * kept with the month, so that the roll-up task shows them as they were then, however late it is opened. Late are
     * the towns that had not reported by the due time: those still silent, and those that reported after it.
     */
    public MonthlyRollup produceRollup(long roundId) {
        MonthlyRound round = repository.findRound(roundId).orElseThrow();
        List<MonthlyReport> reports = repository.reportsOf(roundId);
        List<MonthlyReport> late = reports.stream().filter(r -> isLate(r, round)).toList();
        long reported = reports.stream().filter(r -> r.status() == ReportStatus.REPORTED).count();
        StringBuilder text = new StringBuilder();
        text.append(round.label()).append("矛盾纠纷排查化解情况月报（统计期间 ")
                .append(MonthlyReportTexts.day(round.from())).append("至").append(MonthlyReportTexts.day(round.to()))
                .append("，报送截止 ").append(MonthlyReportTexts.time(round.dueAt())).append("）\n");
        text.append("汇总时间 ").append(MonthlyReportTexts.time(clock.now())).append("：应报 ").append(reports.size())
                .append(" 个司法所，已报 ").append(reported).append(" 个，未报 ").append(reports.size() - reported)
                .append(" 个。\n");
        text.append(late.isEmpty() ? "全部按时报送。" : "未按时报送：" + String.join("、", late.stream()
                .map(r -> r.townName() + "（" + (r.reportedAt() == null ? r.status().label() : "逾期报送") + "）").toList())
                + "。").append('\n');
        for (MonthlyReport r : reports) {
            if (r.status() == ReportStatus.REPORTED) {
                boolean onTime = !r.reportedAt().isAfter(round.dueAt());
                text.append(r.townName()).append("：").append(MonthlyReportTexts.time(r.reportedAt())).append("报送")
                        .append(onTime ? "" : "（逾期）").append("，例会 ")
                        .append(MonthlyReportTexts.day(r.meetingDate())).append("，签发人 ").append(signers.describe(r.signedOffBy()))
                        .append('\n');
            }
        }
        repository.recordRollupProduced(roundId, clock.now(), text.toString().strip(),
                late.stream().map(MonthlyReport::townCode).toList());
        return repository.findRollup(roundId).orElseThrow();
    }

    /** Not reported by the due time: still silent, or reported after it. */
    static boolean isLate(MonthlyReport report, MonthlyRound round) {
        return report.reportedAt() == null || report.reportedAt().isAfter(round.dueAt());
    }

    /** Keeps the grassroots section's opinion on the month's roll-up. */
    public void recordRollup(long roundId, Object opinion, String by) {
        String text = opinion == null ? null : opinion.toString().strip();
        repository.recordRollup(roundId, text == null || text.isEmpty() ? null : text, by, clock.now());
    }

    /** The variables of the month's schedule after opening (for the delegate). */
    static Map<String, Object> variables(Opened opened) {
        return Map.of(MonthlyScheduleVariables.ROUND_ID, opened.roundId(), MonthlyScheduleVariables.TOWNS,
                new ArrayList<>(opened.towns()), MonthlyScheduleVariables.ROLLUP_AT,
                ScreeningClock.toDate(opened.period().supervisionAt()), MonthlyScheduleVariables.PERIOD_LABEL,
                opened.period().label());
    }
}
