package cn.jiyuan.mediation.platform.engine;

import java.util.Objects;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the SQL mappings that {@link EarlySqlMappings} read while Spring started, so that the engine does
 * not read them again. The engine chooses its data source, transactions and database type in its init, between the
 * plugins' preInit and postInit: the mappings are handed over before, and get the engine's environment after. When
 * the engine found another database than the one the mappings were read for, the start fails here rather than run
 * another database's SQL.
 */
@Component
public class EarlySqlMappingsPlugin extends AbstractProcessEnginePlugin {

    private EarlySqlMappings.Mappings handedOver;

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        EarlySqlMappings.Mappings early = EarlySqlMappings.take();
        if (early == null || engine.getSqlSessionFactory() != null || engine.isUseSharedSqlSessionFactory()
                || !Objects.equals(Objects.requireNonNullElse(engine.getDatabaseTablePrefix(), ""), early.tablePrefix())
                || engine.getDatabaseType() != null && !engine.getDatabaseType().equals(early.databaseType())) {
            return;
        }
        handedOver = early;
        engine.setSqlSessionFactory(new DefaultSqlSessionFactory(early.configuration()));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        EarlySqlMappings.Mappings early = handedOver;
        if (early == null) {
            return;
        }
        handedOver = null;
        if (!early.databaseType().equals(engine.getDatabaseType())) {
            throw new ProcessEngineException("SQL mappings were read for database type " + early.databaseType()
                    + ", but the engine runs on " + engine.getDatabaseType());
        }
        // what the engine's own initSqlSessionFactory sets on the configuration it reads
        Configuration mappings = early.configuration();
        mappings.setEnvironment(new Environment("default", engine.getTransactionFactory(), engine.getDataSource()));
        mappings.setDefaultStatementTimeout(engine.getJdbcStatementTimeout());
        if (engine.isJdbcBatchProcessing()) {
            mappings.setDefaultExecutorType(ExecutorType.BATCH);
        }
    }
}
