package cn.jiyuan.mediation.calendar;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Enables {@link SensitivePeriodProperties} and lets them be written as {@code MM-dd}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SensitivePeriodProperties.class)
public class SensitivePeriodConfiguration {

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, MonthDay> sensitivePeriodMonthDayConverter() {
        return new MonthDayConverter();
    }

    /** Reads a month and day written as {@code MM-dd} (e.g. {@code 03-15}) or ISO {@code --MM-dd}. */
    static final class MonthDayConverter implements Converter<String, MonthDay> {

        private static final Pattern MONTH_DAY = Pattern.compile("(?:--)?(\\d{1,2})-(\\d{1,2})");

        @Override
        public MonthDay convert(String source) {
            Matcher m = MONTH_DAY.matcher(source.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + source + "' is not a month and day such as 03-15");
            }
            try {
                return MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + source + "' is not a valid month and day", e);
            }
        }
    }
}
