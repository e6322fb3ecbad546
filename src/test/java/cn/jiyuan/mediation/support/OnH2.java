package cn.jiyuan.mediation.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/** Runs a Spring Boot test on the embedded default: an H2 file database under a fresh data folder. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "mediation.data-dir=./target/test-data/h2-${random.uuid}")
public @interface OnH2 {
}
