package cn.jiyuan.mediation.platform.database;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Registers H2's {@code durable:} file prefix ({@link DurableH2FileSystem}) at the very start of every platform
 * start, before any bean (the data source, Flyway) exists: the embedded default's URL names it, and an H2 path
 * with an unknown prefix would silently become a new, empty database in a folder named after the prefix.
 */
public class DurableH2Registration implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DurableH2FileSystem.register();
    }
}
