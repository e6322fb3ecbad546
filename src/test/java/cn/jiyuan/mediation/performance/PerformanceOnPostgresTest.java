package cn.jiyuan.mediation.performance;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import cn.jiyuan.mediation.support.DurablePostgres;

/**
 * The performance run on a real PostgreSQL server (embedded) with the production profile, and with a production
 * server's durability (fsync and synchronous_commit on: every commit waits for the disk), unlike the other tests'
 * shared server, which runs without them.
 */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PerformanceOnPostgresTest.DurableDatabase.class)
class PerformanceOnPostgresTest extends PerformanceTestBase {

    @Override
    String database() {
        return "postgres";
    }

    /**
     * A database on a durable server of this class's own, through the production profile's variables; with
     * {@code -Dperf.postgresUrl=jdbc:postgresql://host:port/db} (an empty database, user and password
     * {@code perf.postgresUser}/{@code perf.postgresPassword}, default postgres) that database instead, which outlives
     * the run (to read plans on a production-like server, or the data afterwards).
     */
    static class DurableDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static DurablePostgres server;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String given = System.getProperty("perf.postgresUrl");
            if (given != null && !given.isBlank()) {
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("given-postgres",
                        Map.of("DB_URL", given, "DB_USER", System.getProperty("perf.postgresUser", "postgres"),
                                "DB_PASSWORD", System.getProperty("perf.postgresPassword", "postgres"))));
                return;
            }
            synchronized (DurableDatabase.class) {
                if (server == null) {
                    server = DurablePostgres.start();
                }
            }
            String url = server.newDatabase("performance_" + ProcessHandle.current().pid());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("durable-postgres",
                    Map.of("DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD", "postgres")));
        }
    }
}
