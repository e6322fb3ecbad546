package cn.jiyuan.mediation.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jiyuan.mediation.support.DemoPlatformTest;

/**
 * The engine's database in the running platform: its tables come from Flyway (the engine never changes them), and
 * history past its time to live is actually removed, by a cleanup job in the nightly window.
 */
@DemoPlatformTest
abstract class EngineDatabaseTestBase {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Test
    void theEngineSchemaIsFlywaysNotTheEngines() {
        assertThat(configuration().getDatabaseSchemaUpdate()).isEqualTo("false");
        assertThat(jdbc.queryForObject("select count(*) from \"med_flyway_history\" where \"version\" = '9' and \"success\"",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).containsExactly("7.24.0");
    }

    @Test
    void aHistoryCleanupJobIsScheduledInTheNightlyWindow() {
        assertThat(configuration().getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration().getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration().getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration().getHistoryRemovalTimeStrategy()).isEqualTo("end");

        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        for (Job job : jobs) {
            Instant due = job.getDuedate().toInstant();
            assertThat(due).isBefore(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));
            LocalTime at = due.atZone(ZoneId.systemDefault()).toLocalTime();
            assertThat(at).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        }
    }

    @Test
    void everyProcessHasATimeToLive() {
        assertThat(repository.createProcessDefinitionQuery().list()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive());
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("staffing-review").latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(1825);
    }

    @Test
    void anInstancePastItsTimeToLiveIsRemovedWhenCleanupRuns() {
        // an instance that ended 1826 days ago: its 5-year time to live (P1825D) ran out yesterday
        Date longAgo = Date.from(Instant.now().minus(Duration.ofDays(1826)));
        String oldId;
        String recentId;
        ClockUtil.setCurrentTime(longAgo);
        try {
            oldId = runtime.startProcessInstanceByKey("staffing-review").getId();
            runtime.deleteProcessInstance(oldId, "test: ended five years ago");
        } finally {
            ClockUtil.reset();
        }
        recentId = runtime.startProcessInstanceByKey("staffing-review").getId();
        runtime.deleteProcessInstance(recentId, "test: ended today");

        HistoricProcessInstance old = history.createHistoricProcessInstanceQuery().processInstanceId(oldId).singleResult();
        assertThat(old.getRemovalTime()).isEqualTo(Date.from(old.getEndTime().toInstant().plus(Duration.ofDays(1825))))
                .isBefore(new Date());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(oldId).count()).isPositive();

        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(oldId).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(oldId).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(oldId).count()).isZero();
        // history still within its time to live stays
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recentId).count()).isEqualTo(1);
    }
}
