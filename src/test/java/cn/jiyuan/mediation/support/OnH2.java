package cn.jiyuan.mediation.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring Boot test on the embedded default: an H2 file database under a fresh data folder. The URL is the
 * platform's own without its {@code durable:} file system, which forces each commit to disk (DSYNC): these tests
 * do not survive power cuts, and the forced writes made them three times slower on a shared disk (as the embedded
 * PostgreSQL of the tests runs with fsync off). Durability itself is tested with the platform's real URL by
 * {@code DurableH2FileSystemTest} and {@code CrashRecoveryOnH2Test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = {"mediation.data-dir=./target/test-data/h2-${random.uuid}",
        "spring.datasource.url=jdbc:h2:file:${mediation.data-dir}/mediation;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"})
public @interface OnH2 {
}
