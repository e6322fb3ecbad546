package cn.jiyuan.mediation.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Runs a Spring Boot test on a real PostgreSQL server with the production ("postgres") profile. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
public @interface OnPostgres {
}
