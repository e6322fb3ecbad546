package cn.jiyuan.mediation.awareness;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One run of the detections (the service task of process awareness-scan): hotspots and workload are found afresh
 * and reconciled with the stored alerts, a new hotspot of a town becomes a task of its justice office
 * ({@link HotspotResponses}); repeat-party alerts, raised at intake, end with their case's mediation.
 */
@Service
public class AwarenessScan {

    private static final Logger log = LoggerFactory.getLogger(AwarenessScan.class);

    private final HotspotDetection hotspots;
    private final WorkloadDetection workload;
    private final AlertStore alerts;
    private final HotspotResponses responses;

    public AwarenessScan(HotspotDetection hotspots, WorkloadDetection workload, AlertStore alerts,
                         HotspotResponses responses) {
        this.hotspots = hotspots;
        this.workload = workload;
        this.alerts = alerts;
        this.responses = responses;
    }

    /** What a scan found: the subjects of the alerts it opened and how many it found in all. */
    public record Result(List<String> opened, int found) {
    }

    /** Scans as of {@code now}: cases registered later are not counted. */
    @Transactional
    public Result run(OffsetDateTime now) {
        List<AlertDraft> hot = hotspots.detect(now);
        List<AlertDraft> load = workload.detect();
        List<String> opened = new ArrayList<>(alerts.reconcile(
                Arrays.stream(AlertKind.values()).filter(AlertKind::isHotspot).toList(), hot, now));
        opened.addAll(alerts.reconcile(Arrays.stream(AlertKind.values()).filter(AlertKind::isWorkload).toList(), load,
                now));
        int ended = alerts.endRepeatPartiesOfCasesNotOpen(now);
        // in the scan's transaction: a new hotspot and its justice office's task are stored together or not at all
        int tasks = responses.startFor(opened);
        log.info("Awareness scan: {} hotspots, {} workload alerts, {} new ({} tasks for justice offices); {} repeat-party"
                + " alerts ended", hot.size(), load.size(), opened.size(), tasks, ended);
        return new Result(opened, hot.size() + load.size());
    }
}
