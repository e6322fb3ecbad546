package cn.jiyuan.mediation.monthlyreport;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Enables {@link MonthlyReportProperties}; a configuration that cannot work stops the start, in words. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonthlyReportProperties.class)
public class MonthlyReportConfiguration {

    public MonthlyReportConfiguration(MonthlyReportProperties properties) {
        if (!properties.problems().isEmpty()) {
            throw new IllegalStateException(String.join("; ", properties.problems()));
        }
    }
}
