package cn.jiyuan.mediation.platform.database;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The production profile ({@code postgres}) never falls back to another database: without a PostgreSQL JDBC URL,
 * user and password (DB_URL, DB_USER, DB_PASSWORD) the platform refuses to start. Without it an empty DB_URL would
 * make Spring Boot start an in-memory H2 database, and cases would silently vanish at the next restart.
 *
 * <p>A bean-factory post-processor, so that it runs after every property source is in place (tests add theirs in
 * a context initializer) and before any bean, in particular before the data source, is created.
 */
@Component
public class ProductionDatabaseCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        String url = property("spring.datasource.url");
        if (url == null || url.isBlank()) {
            problems.add("DB_URL");
        } else if (!url.startsWith("jdbc:postgresql:")) {
            problems.add("DB_URL (" + (url.startsWith("jdbc:") ? url.substring(0, url.indexOf(':', 5) + 1) + "…" : "?")
                    + ")");
        }
        String user = property("spring.datasource.username");
        if (user == null || user.isBlank()) {
            problems.add("DB_USER");
        }
        String password = property("spring.datasource.password");
        if (password == null || password.isEmpty()) {
            problems.add("DB_PASSWORD");
        }
        if (!problems.isEmpty()) {
            throw new ProductionDatabaseMissingException(problems);
        }
    }

    /** The resolved property, or null when it or a variable it refers to is not set. */
    private String property(String name) {
        try {
            return environment.getProperty(name);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }
}
