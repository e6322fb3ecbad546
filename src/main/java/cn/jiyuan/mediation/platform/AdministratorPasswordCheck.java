package cn.jiyuan.mediation.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there are no default or weak credentials: the platform refuses to start unless an
 * administrator password is given (MEDIATION_ADMIN_PASSWORD) that passes {@link AdministratorPasswordPolicy}, on
 * PostgreSQL and on the embedded H2 database alike (both hold real data). Only with the demo data on
 * ({@code mediation.demo.enabled}, the demo profile) is the demo password "demo" accepted. The administrator account
 * itself is created by the Camunda starter from camunda.bpm.admin-user, on the first start only.
 *
 * <p>A bean-factory post-processor, so that the platform refuses before it creates any bean or touches the
 * database.
 */
@Component
public class AdministratorPasswordCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment.getProperty("mediation.admin.user", "admin"),
                environment.getProperty("mediation.admin.password", ""),
                environment.getProperty("mediation.demo.enabled", Boolean.class, false));
    }

    /** Throws when the password is missing, or weak outside the demo. */
    static void check(String userId, String password, boolean demo) {
        if (password == null || password.isBlank()) {
            throw new AdministratorPasswordMissingException();
        }
        if (!demo) {
            AdministratorPasswordPolicy.problem(userId, password).ifPresent(reason -> {
                throw new AdministratorPasswordWeakException(reason);
            });
        }
    }
}
