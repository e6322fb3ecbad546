package cn.jiyuan.mediation.dashboard;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The supervisors' dashboard 矛调态势 inside Cockpit. Server side: the REST resource
 * {@code /camunda/api/cockpit/plugin/mediation-dashboard/{engine}/overview?from=&to=&townCode=} and
 * {@code …/towns}, answered for the user logged in to Cockpit ({@link DashboardResource}). Client side:
 * plugin-webapp/mediation-dashboard/app/plugin.js, which Cockpit loads from
 * {@code /camunda/api/cockpit/plugin/mediation-dashboard/static/app/plugin.js}: a page at {@code #/mediation-dashboard}
 * (plugin point {@code cockpit.route}), its entry in Cockpit's header ({@code cockpit.navigation}) and a link on
 * Cockpit's start page ({@code cockpit.dashboard}); the charts are drawn with Apache ECharts, served from its WebJar.
 * Registered through META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin.
 */
public class DashboardPlugin extends AbstractCockpitPlugin {

    public static final String ID = "mediation-dashboard";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(DashboardRootResource.class);
    }
}
