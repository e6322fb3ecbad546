package cn.jiyuan.mediation.platform.operations;

import java.time.Duration;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.JobQuery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * How the engine's jobs and incidents stand, from the engine's own count queries, reused for a few seconds so that
 * scrapes and health checks cost the database a handful of counts at most every {@code countsTimeToLive}.
 *
 * <p>The counts run without an engine user (management threads have none), so authorizations and tenants do not
 * narrow them: they cover the whole engine, every node of a cluster included.
 */
public class EngineJobCounts {

    private static final Logger LOG = LoggerFactory.getLogger(EngineJobCounts.class);

    /** The incident types of the engine: a job out of retries, an external task out of retries. */
    static final List<String> INCIDENT_TYPES = List.of(Incident.FAILED_JOB_HANDLER_TYPE,
            Incident.EXTERNAL_TASK_HANDLER_TYPE);

    /** Open incidents of one type in the instances of one process (all its versions). */
    public record IncidentGroup(String type, String processDefinitionKey) {
    }

    /**
     * @param due       jobs that are due and may run (retries left, not suspended): waiting for or in execution
     * @param overdue   of those, the ones due and waiting for longer than {@code jobOverdueAfter}
     * @param failing   jobs whose last attempt failed and that will be tried again
     * @param failed    jobs out of retries (each has an open incident until retried or deleted)
     * @param incidents open incidents per type and process
     * @param failure   why the engine could not be asked (the database is unreachable), or null; then every count
     *                  is -1
     */
    public record Counts(long due, long overdue, long failing, long failed, Map<IncidentGroup, Long> incidents,
            String failure) {

        static Counts failed(RuntimeException e) {
            return new Counts(-1, -1, -1, -1, Map.of(), e.getClass().getSimpleName());
        }

        public boolean available() {
            return failure == null;
        }

        public long incidents(IncidentGroup group) {
            return incidents.getOrDefault(group, available() ? 0L : -1L);
        }

        /** The overdue jobs; throws when they could not be counted (the health check is then DOWN). */
        public long overdueOrFail() {
            if (!available()) {
                throw new IllegalStateException("jobs could not be counted: " + failure);
            }
            return overdue;
        }
    }

    private final ManagementService management;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final Duration overdueAfter;
    private final LoadingCache<Boolean, Counts> cache;
    private volatile Consumer<Counts> onCount = c -> { };

    public EngineJobCounts(ManagementService management, RuntimeService runtime, RepositoryService repository,
            OperationsSettings settings) {
        this.management = management;
        this.runtime = runtime;
        this.repository = repository;
        this.overdueAfter = settings.jobOverdueAfter();
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.countsTimeToLive()).build(key -> count());
    }

    /**
     * The counts, at most {@code countsTimeToLive} old. When the database cannot be reached, that is the answer for
     * the same time: a scrape of 18 gauges must not wait for a connection 18 times (it would outlast the scraper's
     * timeout and lose every other metric with it).
     */
    public Counts current() {
        Counts counts = cache.get(Boolean.TRUE);
        // outside the cache's loading, so that a listener may register meters without holding its lock
        onCount.accept(counts);
        return counts;
    }

    /** Counts again now. */
    public Counts refresh() {
        cache.invalidateAll();
        return current();
    }

    public Duration overdueAfter() {
        return overdueAfter;
    }

    /** Told of the counts on every read (the metrics add the gauges of a process deployed since the start). */
    void onCount(Consumer<Counts> listener) {
        this.onCount = listener;
    }

    private Counts count() {
        try {
            // the engine's clock: executable() compares due dates with it, so the cut-off must too
            Date now = ClockUtil.getCurrentTime();
            return new Counts(due().count(), overdue(now), management.createJobQuery().withException()
                    .withRetriesLeft().count(), management.createJobQuery().noRetriesLeft().count(), incidents(), null);
        } catch (RuntimeException e) {
            LOG.warn("Job and incident counts unavailable: {}", e.toString());
            return Counts.failed(e);
        }
    }

    private JobQuery due() {
        return management.createJobQuery().executable().active();
    }

    /**
     * Jobs that exist since before the cut-off and were due by then: timers due for longer than the limit, and
     * asynchronous continuations (no due date) waiting for longer. A job that failed and waits for its next retry
     * has its due date moved to that retry and is not overdue. The job query cannot say "due date null or before",
     * so it is all jobs created before the cut-off less those of them not due until after it.
     */
    private long overdue(Date now) {
        Date cutoff = new Date(now.getTime() - overdueAfter.toMillis());
        long waitingSinceCutoff = due().createdBefore(cutoff).count();
        long dueOnlyAfterCutoff = due().createdBefore(cutoff).duedateHigherThan(cutoff).count();
        return waitingSinceCutoff - dueOnlyAfterCutoff;
    }

    /** Per type, then (only for a type with open incidents) per process: one count when all is well. */
    private Map<IncidentGroup, Long> incidents() {
        List<String> keys = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).distinct().sorted().toList();
        Map<IncidentGroup, Long> incidents = new LinkedHashMap<>();
        for (String type : INCIDENT_TYPES) {
            boolean any = runtime.createIncidentQuery().incidentType(type).count() > 0;
            for (String key : keys) {
                incidents.put(new IncidentGroup(type, key), any
                        ? runtime.createIncidentQuery().incidentType(type).processDefinitionKeyIn(key).count()
                        : 0L);
            }
        }
        return Collections.unmodifiableMap(incidents);
    }
}
