package cn.jiyuan.mediation.platform.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Engine settings that change how fast the engine does its work, never what it does (issue 14, BENCHMARKS.md):
 * <ul>
 * <li>the DMN engine evaluates decision tables with the {@link ParsedFeelEngine} (each cell parsed once);</li>
 * <li>authorization checks use the caller's groups as they are ({@link GroupListAuthorizationManager}) instead of
 * first reading every group id that has an authorization.</li>
 * </ul>
 * The engine builds its DMN engine and session factories after the plugins' preInit.
 */
@Component
public class EnginePerformancePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        // read when the DMN engine is built, after the engine has set the custom function providers
        DefaultDmnEngineConfiguration built = dmn;
        dmn.setFeelEngineFactory(() -> new ParsedFeelEngine(built.getFeelCustomFunctionProviders()));

        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupListAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }
}
