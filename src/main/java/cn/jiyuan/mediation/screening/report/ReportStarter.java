package cn.jiyuan.mediation.screening.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.ScreeningDueDates;
import cn.jiyuan.mediation.screening.schedule.RoundKind;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/**
 * Starts the {@code screening-report} process of pending reports (one batch, inside the job that
 * starts that batch). A report whose process was started already is skipped, so a retried batch starts
 * nothing twice.
 */
@Service
public class ReportStarter {

    public static final String PROCESS = ScreeningReportVariables.PROCESS_KEY;

    private final ScreeningReportRepository reports;
    private final ScreeningRoundRepository rounds;
    private final RuntimeService runtime;
    private final ScreeningDueDates dueDates;

    public ReportStarter(ScreeningReportRepository reports, ScreeningRoundRepository rounds, RuntimeService runtime,
                         ScreeningDueDates dueDates) {
        this.reports = reports;
        this.rounds = rounds;
        this.runtime = runtime;
        this.dueDates = dueDates;
    }

    /** @return how many processes were started */
    public int start(List<Long> reportIds) {
        Map<Long, ScreeningRound> roundById = new HashMap<>();
        int started = 0;
        for (ScreeningReport report : reports.findAll(reportIds)) {
            if (report.processInstanceId() != null) {
                continue;
            }
            ScreeningRound round = roundById.computeIfAbsent(report.roundId(),
                    id -> rounds.find(id).orElseThrow(() -> new IllegalStateException("no screening round " + id)));
            ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS)
                    .businessKey(round.roundKey() + "/" + report.unitCode())
                    .setVariables(variables(round, report))
                    .execute();
            reports.markStarted(report.id(), instance.getId());
            started++;
        }
        return started;
    }

    VariableMap variables(ScreeningRound round, ScreeningReport report) {
        VariableMap v = Variables.createVariables()
                .putValue(ScreeningReportVariables.REPORT_ID, report.id())
                .putValue(ScreeningReportVariables.ROUND_ID, round.id())
                .putValue(ScreeningReportVariables.ROUND_KIND, round.kind().name())
                .putValue(ScreeningReportVariables.ROUND_TITLE, round.title())
                .putValue(ScreeningReportVariables.UNIT_CODE, report.unitCode())
                .putValue(ScreeningReportVariables.UNIT_NAME, report.unitName())
                .putValue(ScreeningReportVariables.UNIT_LEVEL, report.unitLevel().name())
                .putValue(ScreeningReportVariables.TOWN_CODE, report.townCode())
                .putValue(ScreeningReportVariables.COMMITTEE_CODE, report.committeeCode())
                .putValue(ScreeningReportVariables.COMMITTEE_GROUP, report.committeeGroup())
                .putValue(ScreeningReportVariables.OFFICE_GROUP, report.officeGroup())
                .putValue(ScreeningReportVariables.DUE_AT, ScreeningClock.toDate(report.dueAt()))
                .putValue(ScreeningReportVariables.SUPERVISION_AT, ScreeningClock.toDate(report.supervisionAt()))
                .putValue(ScreeningReportVariables.DUE_TEXT, dueDates.shown(report.dueAt()));
        if (round.kind() == RoundKind.CAMPAIGN) {
            v.putValue(ScreeningReportVariables.TOPIC, round.topic());
            v.putValue(ScreeningReportVariables.REQUIREMENT, round.requirement() == null ? "" : round.requirement());
        }
        return v;
    }
}
