package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

import cn.jiyuan.mediation.MediationApplication;
import cn.jiyuan.mediation.support.EmbeddedPostgres;

/**
 * Outside the demo there are no default or weak credentials: no administrator password, or a short, placeholder
 * or user-name password, no start; on H2 and in the production profile alike. Only the demo accepts "demo".
 */
class AdministratorPasswordTest {

    private static Throwable startFailure(String... args) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(MediationApplication.class);
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(() -> app.run(args)).satisfies(e -> failure[0] = NestedExceptionUtils.getMostSpecificCause(e));
        return failure[0];
    }

    @Test
    void thePlatformRefusesToStartWithoutAnAdministratorPassword() {
        assertThat(startFailure("--server.port=0", "--mediation.admin.password=",
                "--mediation.data-dir=./target/test-data/no-admin-password-" + System.nanoTime()))
                .isInstanceOf(AdministratorPasswordMissingException.class)
                .hasMessageContaining("MEDIATION_ADMIN_PASSWORD");
    }

    @Test
    void theEmbeddedDatabaseRefusesAPlaceholderPassword() {
        assertThat(startFailure("--server.port=0", "--mediation.admin.password=Change-Me-Admin-Password",
                "--mediation.data-dir=./target/test-data/weak-admin-password-" + System.nanoTime()))
                .isInstanceOf(AdministratorPasswordWeakException.class)
                .hasMessageContaining("placeholder");
    }

    @Test
    void theProductionProfileRefusesWeakPasswords() {
        String url = EmbeddedPostgres.newDatabase("weak_admin");
        for (String password : new String[] {"admin", "short-pass1", "chief-mediator"}) {
            assertThat(startFailure("--server.port=0", "--spring.profiles.active=postgres", "--DB_URL=" + url,
                    "--DB_USER=postgres", "--DB_PASSWORD=postgres", "--mediation.admin.user=chief-mediator",
                    "--mediation.admin.password=" + password))
                    .as(password).isInstanceOf(AdministratorPasswordWeakException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"change-me", "CHANGE-ME-admin-password", "changeme2026!!", "Change_Me_Please", "admin",
            "ADMIN", "demo", "password", "Password1234567", "123456", "1234567890123", "qwerty123456", "secret",
            "short", "elevenchars"})
    void placeholdersAndShortPasswordsAreRefused(String password) {
        assertThat(AdministratorPasswordPolicy.problem("admin", password)).as(password).isPresent();
        assertThatThrownBy(() -> AdministratorPasswordCheck.check("admin", password, false))
                .isInstanceOf(AdministratorPasswordWeakException.class);
    }

    @Test
    void theUserNameIsRefusedAsPassword() {
        assertThat(AdministratorPasswordPolicy.problem("jiyuan-sifaju-admin", "Jiyuan-Sifaju-Admin"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("用户名", "user name"));
    }

    @Test
    void aLongPasswordOfItsOwnIsAccepted() {
        assertThat(AdministratorPasswordPolicy.problem("admin", "调解平台-2026-长密码")).isEmpty();
        assertThat(AdministratorPasswordPolicy.problem("admin", "correct horse battery staple")).isEmpty();
        assertThatCode(() -> AdministratorPasswordCheck.check("admin", "correct horse battery staple", false))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyTheDemoAcceptsTheDemoPassword() {
        assertThatCode(() -> AdministratorPasswordCheck.check("admin", "demo", true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdministratorPasswordCheck.check("admin", "demo", false))
                .isInstanceOf(AdministratorPasswordWeakException.class);
        // even the demo needs some password
        assertThatThrownBy(() -> AdministratorPasswordCheck.check("admin", " ", true))
                .isInstanceOf(AdministratorPasswordMissingException.class);
    }

    @Test
    void theFailureIsExplainedPlainly() {
        FailureAnalysis analysis = new AdministratorPasswordFailureAnalyzer()
                .analyze(new IllegalStateException(new AdministratorPasswordMissingException()));
        assertThat(analysis.getDescription()).contains("refuses to start without an administrator password", "拒绝启动");
        assertThat(analysis.getAction()).contains("MEDIATION_ADMIN_PASSWORD");

        FailureAnalysis weak = new AdministratorPasswordFailureAnalyzer().analyze(new IllegalStateException(
                new AdministratorPasswordWeakException(AdministratorPasswordPolicy.problem("admin", "demo").orElseThrow())));
        assertThat(weak.getDescription()).contains("管理员密码", "拒绝启动", "占位值", "placeholder");
        assertThat(weak.getAction()).contains("MEDIATION_ADMIN_PASSWORD", "12", "MEDIATION_ADMIN_USER");
    }
}
