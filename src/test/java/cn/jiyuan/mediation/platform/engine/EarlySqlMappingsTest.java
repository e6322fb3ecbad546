package cn.jiyuan.mediation.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The engine's SQL mappings read early on a thread of their own ({@link EarlySqlMappings}) and handed to the engine
 * ({@link EarlySqlMappingsPlugin}): the engine runs on them, they are the same statements the engine reads itself,
 * and a mismatch of database fails the start instead of running another database's SQL.
 */
class EarlySqlMappingsTest {

    @Test
    void theEngineRunsOnTheEarlyMappingsWhichAreTheStatementsItWouldReadItself() {
        String url = "jdbc:h2:mem:early-" + System.nanoTime();
        ProcessEngine own = engine(url + "-own", List.of());
        new EarlySqlMappings().onApplicationEvent(prepared(url));
        EarlySqlMappingsPlugin plugin = new EarlySqlMappingsPlugin();
        ProcessEngine early = engine(url, List.of(plugin));
        try {
            Configuration earlyMappings = configurationOf(early).getSqlSessionFactory().getConfiguration();
            Configuration ownMappings = configurationOf(own).getSqlSessionFactory().getConfiguration();
            assertThat(earlyMappings).isNotSameAs(ownMappings);
            assertThat(earlyMappings.getEnvironment().getDataSource()).isSameAs(configurationOf(early).getDataSource());
            assertThat(earlyMappings.getEnvironment().getTransactionFactory())
                    .isSameAs(configurationOf(early).getTransactionFactory());
            assertThat(new TreeSet<>(earlyMappings.getMappedStatementNames()))
                    .isEqualTo(new TreeSet<>(ownMappings.getMappedStatementNames())).hasSizeGreaterThan(500);
            int fixedSql = 0;
            for (String id : new TreeSet<>(ownMappings.getMappedStatementNames())) {
                assertThat(sql(earlyMappings.getMappedStatement(id))).as(id).isEqualTo(sql(ownMappings.getMappedStatement(id)));
                fixedSql += sql(ownMappings.getMappedStatement(id)).contains("RawSqlSource") ? 1 : 0;
            }
            assertThat(fixedSql).as("statements whose SQL text is compared").isGreaterThan(100);
            // a process deployed, started and its task completed: reads and writes go through the early mappings
            early.getRepositoryService().createDeployment().addModelInstance("early.bpmn", Bpmn.createExecutableProcess("early")
                    .camundaHistoryTimeToLive(1).startEvent().userTask("work").endEvent().done()).deploy();
            early.getRuntimeService().startProcessInstanceByKey("early");
            early.getTaskService().complete(early.getTaskService().createTaskQuery().singleResult().getId());
            assertThat(early.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
        } finally {
            close(early);
            close(own);
        }
    }

    @Test
    void mappingsReadForAnotherDatabaseFailTheStart() {
        new EarlySqlMappings().onApplicationEvent(prepared("jdbc:postgresql://localhost/mediation"));
        assertThatThrownBy(() -> engine("jdbc:h2:mem:early-other-" + System.nanoTime(), List.of(new EarlySqlMappingsPlugin())))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("postgres").hasMessageContaining("h2");
    }

    @Test
    void withoutAnEarlyReadingTheEngineReadsItsMappingsItself() {
        assertThat(EarlySqlMappings.databaseType("jdbc:oracle:thin:@db")).isNull();
        assertThat(EarlySqlMappings.databaseType(null)).isNull();
        new EarlySqlMappings().onApplicationEvent(prepared("jdbc:oracle:thin:@db"));
        ProcessEngine engine = engine("jdbc:h2:mem:early-none-" + System.nanoTime(), List.of(new EarlySqlMappingsPlugin()));
        try {
            assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
        } finally {
            close(engine);
        }
    }

    private static ApplicationEnvironmentPreparedEvent prepared(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(), new String[0],
                environment);
    }

    private static ProcessEngine engine(String url, List<ProcessEnginePlugin> plugins) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(url + ";DB_CLOSE_DELAY=-1").setJdbcUsername("sa").setJdbcPassword("")
                .setDatabaseSchemaUpdate("true").setHistory("full").setJobExecutorActivate(false)
                .setProcessEngineName("early-" + System.nanoTime());
        configuration.setProcessEnginePlugins(List.copyOf(plugins));
        return configuration.buildProcessEngine();
    }

    private static ProcessEngineConfigurationImpl configurationOf(ProcessEngine engine) {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Where a statement comes from and what it is; for SQL without dynamic parts (prefix and database filled in) its text. */
    private static String sql(MappedStatement statement) {
        String shape = statement.getResource() + " " + statement.getSqlCommandType() + " " + statement.getResultMaps().size()
                + " " + statement.getSqlSource().getClass().getSimpleName();
        return statement.getSqlSource() instanceof RawSqlSource raw ? shape + " " + raw.getBoundSql(null).getSql() : shape;
    }

    private static void close(ProcessEngine engine) {
        engine.close();
        ProcessEngines.unregister(engine);
    }
}
