package cn.jiyuan.mediation.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.errorcode.ExceptionCodeProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.platform.DatabaseFailures;
import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * The engine settings that scope and protect data (README "安全与个人信息保护"):
 * <ul>
 * <li>town tenants for the case, warning and screening-report processes ({@link TownTenantIdProvider});</li>
 * <li>a candidate or assignee gets TASK_WORK on a task (claim, complete), not UPDATE: nobody writes a
 * variable outside a form submission, which the engine API guard checks field by field;</li>
 * <li>no personal data in engine history ({@link PersonalDataHistoryFilter});</li>
 * <li>JSON variables are never deserialized into arbitrary classes a user names.</li>
 * </ul>
 */
@Component
public class EngineSecurityPlugin implements ProcessEnginePlugin {

    /** Shown read-only in forms and never kept in history. */
    static final Set<String> SUMMARIES = Set.of("caseSummary", "referralSummary");
    /**
     * Forms about a citizen's dispute: whatever is typed into them (names, phones, ID numbers, notes about the
     * parties) is recorded in the project's tables by the step that consumes the form, so engine history keeps
     * none of it. The staffing and screening-campaign forms hold no citizen's data and keep their history.
     */
    static final List<String> PERSONAL_DATA_FORMS = List.of("case-intake", "mediation-outcome", "follow-up",
            "judicial-confirmation", "referral-notice", "overdue-supervision", "contingency-plan",
            "party-instructions", "joint-handling", "screening-report", "situation-report", "situation-handling",
            "typical-case-review", "monthly-meeting", "monthly-report-review", "monthly-supervision",
            "monthly-follow-up", "semiannual-summary", "green-channel-supervision", "applicant-contact",
            "applicant-contact-supervision", "referral-answer", "referral-supervision");

    private final FormCatalog forms;

    public EngineSecurityPlugin(FormCatalog forms) {
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new TownTenantIdProvider());
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        configuration.setDeserializationTypeValidationEnabled(true);
        // the platform's own values (recipients, batches) and the JDK's immutable lists it builds them with
        configuration.setDeserializationAllowedPackages("cn.jiyuan.mediation.");
        configuration.setDeserializationAllowedClasses("java.util.ImmutableCollections$ListN,"
                + "java.util.ImmutableCollections$List12,java.util.Collections$UnmodifiableRandomAccessList,"
                + "java.util.Collections$UnmodifiableList,java.util.Collections$SingletonList");
        Set<String> personal = new TreeSet<>(forms.freeTextKeys(PERSONAL_DATA_FORMS));
        personal.addAll(SUMMARIES);
        configuration.setHistoryEventHandler(new PersonalDataHistoryFilter(new DbHistoryEventHandler(), personal));
        // a form filled in wrongly (thrown by a listener or delegate, wrapped by the engine) gets a code of its own
        configuration.setCustomExceptionCodeProvider(new ExceptionCodeProvider() {
            @Override
            public Integer provideCode(ProcessEngineException e) {
                for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t instanceof UserInputProblem) {
                        return UserInputProblem.CODE;
                    }
                }
                // the database is unreachable: the engine API guard answers 503, not a generic 500
                return DatabaseFailures.isUnavailable(e) ? DatabaseFailures.UNAVAILABLE_CODE : null;
            }
        });
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
    }
}
