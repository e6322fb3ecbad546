package cn.jiyuan.mediation.platform.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine the {@link ParsedFeelEngine} (decision tables evaluated without re-parsing every
 * cell). The engine builds its DMN engine after the plugins' preInit: the factory is read then, and creates the FEEL
 * engine with the custom function providers the engine has configured by that time.
 */
@Component
public class ParsedFeelPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        DefaultDmnEngineConfiguration built = dmn;
        dmn.setFeelEngineFactory(() -> new ParsedFeelEngine(built.getFeelCustomFunctionProviders()));
    }
}
