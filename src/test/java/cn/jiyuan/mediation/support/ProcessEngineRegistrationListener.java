package cn.jiyuan.mediation.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;

/**
 * Keeps the Spring test contexts cached in one JVM working whatever ran before them.
 *
 * <p>Camunda's engine REST API and webapps find their engine by name in JVM-wide static registries: the
 * engine in {@link ProcessEngines}, the webapps' runtime delegates in {@link Cockpit}, {@link Tasklist} and
 * {@link Admin}. The cached contexts (H2, PostgreSQL) each have an engine named "default", and a test that
 * starts and stops an application of its own (RestartKeepsDataTest, AdministratorPasswordTest) clears these
 * registries when that application shuts down. A later test on a cached context then gets 400 ("No process
 * engine available") from /engine-rest and 500 from the webapps, or reaches the engine of another cached
 * context. Before each test this listener registers the engine of the test's own context again and
 * restores missing webapp delegates (they are stateless and look the engine up by name), so results no
 * longer depend on the order in which test classes run. Registered for every Spring test through
 * META-INF/spring.factories in the test resources.
 */
public class ProcessEngineRegistrationListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // after the context has been loaded for dependency injection
        return DependencyInjectionTestExecutionListener.ORDER + 100;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        register(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        register(testContext);
    }

    private static void register(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
        if (engine == null) {
            return;
        }
        ProcessEngines.registerProcessEngine(engine);
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
        if (Tasklist.getRuntimeDelegate() == null) {
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
        }
        if (Admin.getRuntimeDelegate() == null) {
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
        }
    }
}
