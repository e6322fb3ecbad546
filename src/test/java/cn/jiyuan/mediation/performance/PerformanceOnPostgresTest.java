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

    /** A database on a durable server of this class's own, through the production profile's variables. */
    static class DurableDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static DurablePostgres server;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
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
