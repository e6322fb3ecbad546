package cn.jiyuan.mediation.platform;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.jiyuan.mediation.support.EmbeddedPostgres;

/** The platform on a real PostgreSQL server through the production profile. */
@ActiveProfiles("postgres")
class PlatformOnPostgresTest extends PlatformTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry, "platform");
    }
}
