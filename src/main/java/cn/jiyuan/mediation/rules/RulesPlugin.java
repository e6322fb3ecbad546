package cn.jiyuan.mediation.rules;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * 规则管理 inside Cockpit: the grassroots section tests, deploys and rolls back the rules (README "规则管理") on a page
 * at {@code #/mediation-rules}. Server side: {@code /camunda/api/cockpit/plugin/mediation-rules/{engine}/…}
 * ({@link RulesPageResource}), for the user logged in to Cockpit, behind the webapps' CSRF protection. Client side:
 * plugin-webapp/mediation-rules/app/plugin.js. Registered through
 * META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin.
 */
public class RulesPlugin extends AbstractCockpitPlugin {

    public static final String ID = "mediation-rules";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(RulesPageRootResource.class);
    }
}
