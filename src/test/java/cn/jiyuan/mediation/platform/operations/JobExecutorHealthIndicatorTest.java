package cn.jiyuan.mediation.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The job executor's health from its state: active, acquisition thread alive, no job waiting past the limit. */
class JobExecutorHealthIndicatorTest {

    private final CountDownLatch end = new CountDownLatch(1);
    private Thread acquisition;

    @AfterEach
    void stopAcquisition() throws InterruptedException {
        end.countDown();
        if (acquisition != null) {
            acquisition.join();
        }
    }

    @Test
    void anActiveExecutorWhoseAcquisitionThreadRunsAndNoJobIsOverdueIsUp() {
        Executor executor = new Executor(true);
        startAcquisition(executor);
        Health health = check(true, executor, 0);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("active", true).containsEntry("acquisitionThreadAlive", true)
                .containsEntry("overdueJobs", 0L).containsEntry("overdueAfter", "PT15M");
    }

    @Test
    void aStoppedExecutorIsDown() {
        Health health = check(true, new Executor(false), 0);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("active", false);
    }

    @Test
    void anActiveExecutorWhoseAcquisitionThreadDiedIsDown() throws InterruptedException {
        Executor executor = new Executor(true);
        startAcquisition(executor);
        end.countDown();
        acquisition.join();
        Health health = check(true, executor, 0);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("active", true).containsEntry("acquisitionThreadAlive", false);
    }

    @Test
    void jobsWaitingPastTheLimitMakeItDown() {
        Executor executor = new Executor(true);
        startAcquisition(executor);
        Health health = check(true, executor, 3);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("overdueJobs", 3L);
    }

    @Test
    void aNodeStartedWithoutJobExecutionIsUpAndDoesNotJudgeTheJobs() {
        Health health = new JobExecutorHealthIndicator(false, () -> new Executor(false), () -> {
            throw new AssertionError("not asked");
        }, Duration.ofMinutes(15)).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsOnlyKeys("enabled").containsEntry("enabled", false);
    }

    @Test
    void anUnreachableDatabaseWhileCountingIsDown() {
        Executor executor = new Executor(true);
        startAcquisition(executor);
        Health health = new JobExecutorHealthIndicator(true, () -> executor, () -> {
            throw new IllegalStateException("Connection refused");
        }, Duration.ofMinutes(15)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    private Health check(boolean enabled, JobExecutor executor, long overdue) {
        return new JobExecutorHealthIndicator(enabled, () -> executor, () -> overdue, Duration.ofMinutes(15)).health();
    }

    /** A thread named as the executor's acquisition thread, running until the test ends or lets it end. */
    private void startAcquisition(Executor executor) {
        acquisition = new Thread(() -> {
            try {
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, executor.getName());
        acquisition.start();
    }

    /** An executor in a given state, with a name of its own (the engine names it after its class). */
    static final class Executor extends JobExecutor {

        Executor(boolean active) {
            this.isActive = active;
            this.name = "JobExecutor[test-" + System.nanoTime() + "]";
        }

        @Override
        protected void startExecutingJobs() {
        }

        @Override
        protected void stopExecutingJobs() {
        }

        @Override
        public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        }
    }
}
