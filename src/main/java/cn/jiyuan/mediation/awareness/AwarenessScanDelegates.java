package cn.jiyuan.mediation.awareness;

import static cn.jiyuan.mediation.awareness.AwarenessScanVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiyuan.mediation.cases.CaseTime;

/** The delegate of processes/awareness-scan.bpmn (referenced as {@code ${beanName}}). */
@Configuration(proxyBeanMethods = false)
public class AwarenessScanDelegates {

    /** 研判纠纷态势: detects hotspots and workload as of now and brings the stored alerts up to date. */
    @Bean
    public JavaDelegate scanAwareness(AwarenessScan scan) {
        return execution -> {
            AwarenessScan.Result result = scan.run(CaseTime.now());
            execution.setVariable(ALERTS_FOUND, result.found());
            execution.setVariable(ALERTS_OPENED, result.opened().size());
        };
    }
}
