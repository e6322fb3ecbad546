package cn.jiyuan.mediation.platform.operations;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether this node executes the engine's jobs (timers, e-mails, asynchronous steps): the job executor is active,
 * its acquisition thread is alive, and no job has waited past {@code mediation.operations.job-overdue-after}. Part
 * of the readiness group with the database, so a node that stopped executing jobs is taken out of service.
 *
 * <p>A node started with {@code camunda.bpm.job-execution.enabled=false} executes no jobs on purpose (a node of a
 * cluster that only serves users, or the tests, which run jobs themselves): it is up, and the jobs are another
 * node's to judge.
 *
 * <p>The engine has no public API for its job executor: {@link JobExecutor} is the engine's implementation class
 * (isActive, getName), the only non-public engine type used here.
 */
public class JobExecutorHealthIndicator extends AbstractHealthIndicator {

    private final boolean enabled;
    private final Supplier<JobExecutor> executor;
    private final LongSupplier overdueJobs;
    private final Duration overdueAfter;

    /**
     * @param enabled      whether this node was started to execute jobs
     * @param executor     the engine's job executor
     * @param overdueJobs  how many jobs have waited past {@code overdueAfter} (engine-wide)
     * @param overdueAfter the limit, for the details
     */
    public JobExecutorHealthIndicator(boolean enabled, Supplier<JobExecutor> executor, LongSupplier overdueJobs,
            Duration overdueAfter) {
        super("Job executor health check failed");
        this.enabled = enabled;
        this.executor = executor;
        this.overdueJobs = overdueJobs;
        this.overdueAfter = overdueAfter;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("enabled", enabled);
        if (!enabled) {
            builder.up();
            return;
        }
        JobExecutor jobExecutor = executor.get();
        boolean active = jobExecutor != null && jobExecutor.isActive();
        boolean acquiring = active && AcquisitionThread.isAlive(jobExecutor.getName());
        builder.withDetail("active", active).withDetail("acquisitionThreadAlive", acquiring);
        if (!acquiring) {
            builder.down();
            return;
        }
        long overdue = overdueJobs.getAsLong();
        builder.withDetail("overdueJobs", overdue).withDetail("overdueAfter", overdueAfter.toString());
        if (overdue > 0) {
            builder.down();
        } else {
            builder.up();
        }
    }

    /**
     * The job executor acquires jobs in one thread of its own, named after the executor; when that thread has died
     * (an error it could not handle) the executor still says it is active but acquires nothing.
     */
    static final class AcquisitionThread {

        private AcquisitionThread() {
        }

        static boolean isAlive(String name) {
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Thread[] threads = new Thread[root.activeCount() + 32];
            int n = root.enumerate(threads, true);
            for (int i = 0; i < n; i++) {
                if (threads[i].getName().equals(name) && threads[i].isAlive()) {
                    return true;
                }
            }
            return false;
        }
    }
}
