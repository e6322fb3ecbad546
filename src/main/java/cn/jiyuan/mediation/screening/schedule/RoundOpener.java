package cn.jiyuan.mediation.screening.schedule;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.ScreeningDueDates;
import cn.jiyuan.mediation.screening.ScreeningProperties;
import cn.jiyuan.mediation.screening.report.ReportingUnit;
import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;

/**
 * Opens a round: its row and a pending report per unit, written with a few statements; the report
 * processes are started afterwards in batches ({@link #batches}), each batch in a job of its own.
 */
@Service
public class RoundOpener {

    private final ScreeningRoundRepository rounds;
    private final ScreeningReportRepository reports;
    private final ScreeningProperties properties;
    private final ScreeningClock clock;

    public RoundOpener(ScreeningRoundRepository rounds, ScreeningReportRepository reports,
                       ScreeningProperties properties, ScreeningClock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    /** A round as opened: its id and the ids of its pending reports. */
    public record Opened(long roundId, List<Long> reportIds) {
    }

    public Opened open(ScreeningRoundRepository.NewRound round, List<ReportingUnit> units, ScreeningDueDates.Due due) {
        long roundId = rounds.insert(round);
        List<Long> reportIds = units.isEmpty() ? List.of()
                : reports.insertPending(roundId, units, due.dueAt(), due.supervisionAt());
        return new Opened(roundId, reportIds);
    }

    /** A new round row as of now (id, creation time and the rest filled in here). */
    public ScreeningRoundRepository.NewRound newRound(String key, RoundKind kind, java.time.LocalDate day, String title,
                                                      String topic, String requirement, List<String> scopeTowns,
                                                      ScreeningDueDates.Due due, String startedBy,
                                                      String processInstanceId) {
        return new ScreeningRoundRepository.NewRound(key, kind, day, title, topic, requirement, scopeTowns,
                due.dueAt(), startedBy, processInstanceId, clock.now());
    }

    /**
     * The report ids in batches of {@code start-batch-size}, each written as {@code "12,13,14"} (a list of
     * strings is a plain JSON process variable) for the multi-instance activity that starts them.
     */
    public List<String> batches(List<Long> reportIds) {
        List<String> batches = new ArrayList<>();
        int size = properties.getStartBatchSize();
        for (int from = 0; from < reportIds.size(); from += size) {
            batches.add(String.join(",", reportIds.subList(from, Math.min(reportIds.size(), from + size)).stream()
                    .map(String::valueOf).toList()));
        }
        return batches;
    }

    public static List<Long> parseBatch(String batch) {
        List<Long> ids = new ArrayList<>();
        for (String id : batch.split(",")) {
            if (!id.isBlank()) {
                ids.add(Long.valueOf(id.trim()));
            }
        }
        return ids;
    }
}
