package cn.jiyuan.mediation.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Reads the engine's SQL mappings (MyBatis, about 60 XML files) on a thread of its own while Spring reads its
 * configuration, instead of on the main thread when the engine is built (issue 14, start-up). On the project's two
 * cores that reading was the largest single item of a restart: about a fifth of the main thread's samples in a
 * flight recording, 2 s of the engine's 2.3 s.
 *
 * <p>It starts when the environment is known, from the data source's URL (H2 or PostgreSQL: the mappings differ per
 * database). {@link EarlySqlMappingsPlugin} hands the result to the engine, which then does not read them again; it
 * checks that the engine detected the same database and table prefix, and when anything differs or the early
 * reading failed, the engine reads the mappings itself as before. Registered by {@code MediationApplication.main}
 * only: the production start, not the tests' many contexts.
 */
public class EarlySqlMappings implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EarlySqlMappings.class);

    /** The reading under way or done, until the engine takes it. One per JVM: the platform builds one engine. */
    private static final AtomicReference<CompletableFuture<Mappings>> PENDING = new AtomicReference<>();

    /** The parsed mappings and what they were read for. */
    public record Mappings(String databaseType, String tablePrefix, Configuration configuration) {
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String databaseType = databaseType(environment.getProperty("spring.datasource.url"));
        if (databaseType == null) {
            return;
        }
        String prefix = environment.getProperty("camunda.bpm.database.table-prefix", "");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        CompletableFuture<Mappings> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                reading.complete(read(databaseType, prefix));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "engine-sql-mappings");
        // the engine's type aliases name its classes: load them as the main thread would (the jar's class loader)
        thread.setContextClassLoader(loader);
        thread.setDaemon(true);
        PENDING.set(reading);
        thread.start();
    }

    /** The engine's name of the database of a JDBC URL (its databaseTypeMappings), or null for any other. */
    static String databaseType(String url) {
        if (url == null) {
            return null;
        }
        if (url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        return url.startsWith("jdbc:postgresql:") ? "postgres" : null;
    }

    /**
     * The engine's own reading (ProcessEngineConfigurationImpl.initSqlSessionFactory): its mapping file with the
     * properties of the database and prefix. The environment (data source, transactions), statement timeout and
     * executor type are the engine's and are set by the plugin once the engine has chosen them.
     */
    static Mappings read(String databaseType, String tablePrefix) {
        Properties properties = new Properties();
        properties.put("prefix", tablePrefix);
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
        // found as the engine finds it (context class loader first)
        try (InputStream in = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Mappings(databaseType, tablePrefix, new XMLConfigBuilder(reader, "", properties).parse());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The early reading for the engine, waiting for it if needed; null when none was started or it failed. */
    static Mappings take() {
        CompletableFuture<Mappings> reading = PENDING.getAndSet(null);
        if (reading == null) {
            return null;
        }
        try {
            return reading.join();
        } catch (RuntimeException e) {
            LOG.warn("The engine's SQL mappings could not be read early; the engine reads them itself: {}", e.toString());
            return null;
        }
    }
}
