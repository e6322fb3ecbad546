package cn.jiyuan.mediation.platform.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health of the job executor and metrics of jobs and incidents, served with the database's health on the
 * management port (application.yaml, {@code management.*}; README "可靠性"). Camunda's own health indicators are
 * switched off there ({@code management.health.camunda.enabled=false}): its job executor indicator only asks
 * whether the executor is active, and would take the name of this one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsSettings.class)
public class OperationsConfiguration {

    @Bean
    public EngineJobCounts engineJobCounts(ProcessEngine engine, OperationsSettings settings) {
        return new EngineJobCounts(engine.getManagementService(), engine.getRuntimeService(),
                engine.getRepositoryService(), settings);
    }

    /** Health contributor "jobExecutor" (the bean name less "HealthIndicator"). */
    @Bean
    public JobExecutorHealthIndicator jobExecutorHealthIndicator(ProcessEngine engine, CamundaBpmProperties camunda,
            EngineJobCounts counts) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return new JobExecutorHealthIndicator(camunda.getJobExecution().isEnabled(), configuration::getJobExecutor,
                () -> counts.current().overdueOrFail(), counts.overdueAfter());
    }

    @Bean
    public JobAndIncidentMetrics jobAndIncidentMetrics(EngineJobCounts counts) {
        return new JobAndIncidentMetrics(counts);
    }
}
