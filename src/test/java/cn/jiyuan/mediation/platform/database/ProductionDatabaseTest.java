package cn.jiyuan.mediation.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

import cn.jiyuan.mediation.MediationApplication;

/** The production profile never falls back to an embedded database: no PostgreSQL settings, no start. */
class ProductionDatabaseTest {

    private static ProductionDatabaseMissingException startFailure(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=postgres",
                "--mediation.admin.password=correct horse battery staple",
                "--mediation.data-dir=./target/test-data/no-database-" + System.nanoTime()));
        args.addAll(List.of(settings));
        SpringApplicationBuilder app = new SpringApplicationBuilder(MediationApplication.class);
        ProductionDatabaseMissingException[] failure = new ProductionDatabaseMissingException[1];
        assertThatThrownBy(() -> app.run(args.toArray(String[]::new))).satisfies(e -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            assertThat(cause).isInstanceOf(ProductionDatabaseMissingException.class);
            failure[0] = (ProductionDatabaseMissingException) cause;
        });
        return failure[0];
    }

    @Test
    void withoutAnyDatabaseSettingTheProductionProfileRefusesToStart() {
        assertThat(startFailure().problems()).containsExactly("DB_URL", "DB_USER", "DB_PASSWORD");
    }

    @Test
    void anEmptyUrlDoesNotFallBackToAnEmbeddedDatabase() {
        // an empty spring.datasource.url would make Spring Boot start an in-memory H2 database
        assertThat(startFailure("--DB_URL=", "--DB_USER=mediation", "--DB_PASSWORD=secret").problems())
                .containsExactly("DB_URL");
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefused() {
        ProductionDatabaseMissingException failure = startFailure("--DB_URL=jdbc:h2:mem:mediation;password=leak",
                "--DB_USER=sa", "--DB_PASSWORD=secret");
        assertThat(failure.problems()).containsExactly("DB_URL (jdbc:h2:…)");
        assertThat(failure.getMessage()).doesNotContain("leak");
    }

    @Test
    void userAndPasswordAreRequired() {
        assertThat(startFailure("--DB_URL=jdbc:postgresql://db:5432/mediation", "--DB_USER=", "--DB_PASSWORD=")
                .problems()).containsExactly("DB_USER", "DB_PASSWORD");
    }

    @Test
    void theFailureIsExplainedPlainly() {
        FailureAnalysis analysis = new ProductionDatabaseFailureAnalyzer().analyze(new IllegalStateException(
                new ProductionDatabaseMissingException(List.of("DB_URL", "DB_PASSWORD"))));
        assertThat(analysis.getDescription()).contains("拒绝启动", "DB_URL, DB_PASSWORD", "never falls back");
        assertThat(analysis.getAction()).contains("jdbc:postgresql://", "DB_USER");
    }
}
