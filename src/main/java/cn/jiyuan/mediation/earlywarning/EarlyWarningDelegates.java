package cn.jiyuan.mediation.earlywarning;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of process early-warning: each a thin delegate calling {@link EarlyWarningService}. */
@Configuration
public class EarlyWarningDelegates {

    /** 登记专门台账（一案一策）. */
    @Bean
    JavaDelegate enterStabilityLedger(EarlyWarningService warnings) {
        return warnings::enterLedger;
    }

    /** 确定预警对象. */
    @Bean
    JavaDelegate determineWarningRecipients(EarlyWarningService warnings) {
        return warnings::determineWarningRecipients;
    }

    /** 发送预警邮件 (asynchronous, one job per recipient, retried). */
    @Bean
    JavaDelegate sendWarningMail(EarlyWarningService warnings) {
        return warnings::sendWarningMail;
    }

    /** 确定报告对象. */
    @Bean
    JavaDelegate determineReportRecipients(EarlyWarningService warnings) {
        return warnings::determineReportRecipients;
    }

    /** 报告处置结果 (asynchronous, one job per recipient, retried). */
    @Bean
    JavaDelegate sendOutcomeMail(EarlyWarningService warnings) {
        return warnings::sendOutcomeMail;
    }

    /** 台账销号. */
    @Bean
    JavaDelegate closeStabilityLedger(EarlyWarningService warnings) {
        return warnings::closeLedger;
    }
}
