package cn.jiyuan.mediation.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The platform as README's start command runs it (demo data on), on a random port, with the job
 * executor off so tests drive jobs themselves. Test classes with this annotation and the same database
 * annotation ({@link OnH2} or {@link OnPostgres}) share one Spring context. Admin password: admin-secret.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mediation.demo.enabled=true", "mediation.demo.password=demo", "mediation.admin.password=admin-secret",
        "camunda.bpm.job-execution.enabled=false"})
public @interface DemoPlatformTest {
}
