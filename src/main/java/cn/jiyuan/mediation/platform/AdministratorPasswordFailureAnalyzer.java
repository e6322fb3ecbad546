package cn.jiyuan.mediation.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why the platform did not start, instead of a stack trace. */
public class AdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorPasswordMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdministratorPasswordMissingException cause) {
        return new FailureAnalysis(
                "The platform refuses to start without an administrator password: there are no default "
                        + "credentials outside the demo.",
                "Set MEDIATION_ADMIN_PASSWORD (for example: MEDIATION_ADMIN_PASSWORD='a long secret' java -jar "
                        + "mediation-platform.jar), or start the demo with the 'demo' profile.",
                cause);
    }
}
