package cn.jiyuan.mediation.platform.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the health checks and job metrics ({@code mediation.operations.*}).
 *
 * @param jobOverdueAfter  a job that has been due for longer than this and still waits makes the job executor
 *                         unhealthy: acquisition polls every few seconds (at most a minute), and a job whose node
 *                         died is free again after the lock time (5 minutes), so a job this late means no node
 *                         executes jobs any more (or they cannot keep up)
 * @param countsTimeToLive how long the job and incident counts are reused before the engine is asked again, so that
 *                         frequent scrapes and health checks do not load the database
 */
@ConfigurationProperties(prefix = "mediation.operations")
public record OperationsSettings(
        @DefaultValue("15m") Duration jobOverdueAfter,
        @DefaultValue("10s") Duration countsTimeToLive) {

    public OperationsSettings {
        if (jobOverdueAfter.isNegative() || jobOverdueAfter.isZero()) {
            throw new IllegalArgumentException("mediation.operations.job-overdue-after must be positive");
        }
        if (countsTimeToLive.isNegative()) {
            throw new IllegalArgumentException("mediation.operations.counts-time-to-live must not be negative");
        }
    }
}
