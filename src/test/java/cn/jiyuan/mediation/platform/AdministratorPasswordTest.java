package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

import cn.jiyuan.mediation.MediationApplication;

/** Outside the demo there are no default credentials: no administrator password, no start. */
class AdministratorPasswordTest {

    @Test
    void thePlatformRefusesToStartWithoutAnAdministratorPassword() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(MediationApplication.class);
        assertThatThrownBy(() -> app.run("--server.port=0", "--mediation.admin.password=",
                "--mediation.data-dir=./target/test-data/no-admin-password-" + System.nanoTime())).satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                .isInstanceOf(AdministratorPasswordMissingException.class)
                .hasMessageContaining("MEDIATION_ADMIN_PASSWORD"));
    }

    @Test
    void theFailureIsExplainedPlainly() {
        FailureAnalysis analysis = new AdministratorPasswordFailureAnalyzer()
                .analyze(new IllegalStateException(new AdministratorPasswordMissingException()));
        assertThat(analysis.getDescription()).contains("refuses to start without an administrator password");
        assertThat(analysis.getAction()).contains("MEDIATION_ADMIN_PASSWORD");
    }
}
