package cn.jiyuan.mediation.support;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The engine of a per-process test (the bottom of the test pyramid): an in-memory engine of its own per test
 * class, no Spring, no job executor. Beans named in the model ({@code ${beanName}}) are Mockito mocks or plain
 * objects registered with {@link org.camunda.bpm.engine.test.mock.Mocks}; the extension records which flow nodes
 * and sequence flows the class took (report under target/process-test-coverage) and fails the class unless it
 * took every one of every model it deployed.
 */
public final class ProcessTestEngine {

    /** JUnit tag of the per-process tests: pom.xml runs them in a JVM of their own (ClockUtil is static). */
    public static final String TAG = "process-model";

    /** The in-memory database of the per-process tests' engines (none of the other tests uses this name). */
    static final String DATABASE = "process-model-tests";

    private ProcessTestEngine() {
    }

    /**
     * The extension for one test class: an engine named after the class (the application's engine of the
     * end-to-end tests is "default", in another JVM), on one in-memory H2 database of the per-process tests.
     * The engines share that database and the engine's parsed MyBatis mappings (parsing them takes seconds per
     * engine; a shared mapping is bound to the first engine's data source, hence the one database). Every test
     * removes its deployment with its instances and jobs, so nothing of one class is left for the next.
     */
    public static ProcessEngineCoverageExtension extension(Class<?> testClass) {
        String name = "process-test-" + testClass.getSimpleName();
        ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setUseSharedSqlSessionFactory(true);
        configuration.setExpressionManager(new MockExpressionManager());
        // as in application.yaml: lists and maps of the delegates are stored as JSON (Java serialization is off)
        configuration.setDefaultSerializationFormat("application/json");
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        return ProcessEngineCoverageExtension.builder(configuration)
                .assertClassCoverageAtLeast(1.0)
                .build();
    }

    /**
     * Executes the jobs that are due now, one at a time in the order of their due dates (a job may remove
     * another, as an interrupting timer does with its sibling), until none is left: asynchronous continuations
     * (wherever a model has them, now or later) and timers whose time has come on {@link ClockUtil}.
     *
     * @return how many jobs ran
     */
    public static int executeDueJobs(ManagementService management) {
        for (int executed = 0; executed < 1000; executed++) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return executed;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new AssertionError("jobs keep coming after 1000: a loop in the model or in the mocks");
    }

    /** Moves the engine clock to the given time, then runs every job that is due by then. */
    public static int moveClockAndExecute(ManagementService management, Date to) {
        ClockUtil.setCurrentTime(to);
        return executeDueJobs(management);
    }
}
