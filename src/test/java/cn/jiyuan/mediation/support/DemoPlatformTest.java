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
 *
 * <p>The repeat-party check of intake (重复信访) is off: the end-to-end tests register hundreds of cases between the
 * same standard parties ({@link CaseRequests#dispute()}), which would make every case after the first a repeated
 * petition of raised risk. The awareness tests switch it on for their own intakes, with parties of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mediation.demo.enabled=true", "mediation.demo.password=demo", "mediation.admin.password=admin-secret",
        "camunda.bpm.job-execution.enabled=false", "mediation.awareness.repeat-party.enabled=false"})
public @interface DemoPlatformTest {
}
