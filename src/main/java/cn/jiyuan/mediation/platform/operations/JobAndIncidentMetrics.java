package cn.jiyuan.mediation.platform.operations;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import cn.jiyuan.mediation.platform.operations.EngineJobCounts.Counts;
import cn.jiyuan.mediation.platform.operations.EngineJobCounts.IncidentGroup;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauges of the engine's jobs and incidents (Prometheus: {@code mediation_jobs_due}, {@code mediation_jobs_overdue},
 * {@code mediation_jobs_failing}, {@code mediation_jobs_failed}, {@code mediation_incidents_open{type,
 * process_definition}}), read from {@link EngineJobCounts}. They are engine-wide: every node of a cluster shows the
 * same figures. While the database is unreachable they show NaN.
 */
public class JobAndIncidentMetrics implements MeterBinder {

    private final EngineJobCounts counts;
    private final Set<IncidentGroup> registered = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    public JobAndIncidentMetrics(EngineJobCounts counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        gauge(registry, "mediation.jobs.due", "Jobs due and not yet executed (retries left, not suspended)",
                Counts::due);
        gauge(registry, "mediation.jobs.overdue",
                "Jobs due and waiting for longer than mediation.operations.job-overdue-after", Counts::overdue);
        gauge(registry, "mediation.jobs.failing", "Jobs whose last attempt failed and that will be retried",
                Counts::failing);
        gauge(registry, "mediation.jobs.failed", "Jobs out of retries (each has an open incident)", Counts::failed);
        counts.onCount(this::registerIncidentGroups);
        registerIncidentGroups(counts.current());
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Counts> value) {
        Gauge.builder(name, counts, c -> valueOf(c.current(), value)).description(description)
                .strongReference(true).register(registry);
    }

    private static double valueOf(Counts current, ToDoubleFunction<Counts> value) {
        return current.available() ? value.applyAsDouble(current) : Double.NaN;
    }

    /** One gauge per incident type and process, including processes deployed after the start. */
    private void registerIncidentGroups(Counts current) {
        MeterRegistry target = registry;
        for (IncidentGroup group : current.incidents().keySet()) {
            if (target != null && registered.add(group)) {
                Gauge.builder("mediation.incidents.open", counts, c -> valueOf(c.current(), n -> n.incidents(group)))
                        .description("Open incidents by type and process").tag("type", group.type())
                        .tag("process_definition", group.processDefinitionKey()).strongReference(true)
                        .register(target);
            }
        }
    }
}
