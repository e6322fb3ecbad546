package cn.jiyuan.mediation.security;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

import cn.jiyuan.mediation.cases.CaseVariables;

/**
 * Puts the process instances of a town into that town's tenant (organization/identity/TownTenants), so that
 * the engine's tenant check limits what a justice office reads to its own town — in Tasklist, Cockpit,
 * {@code /engine-rest} and history alike. The case, warning, screening-report, hotspot-response and typical-case
 * processes are started only by the platform, with the town in the start variable {@code townCode} (situation-report
 * by its start form's town, which the form's picker and its first step limit to the reporter's towns); an instance called from
 * another gets the caller's tenant. City-wide processes (screening schedule and campaigns, staffing review, intake) have none.
 */
public class TownTenantIdProvider implements TenantIdProvider {

    static final Set<String> TOWN_SCOPED = Set.of("dispute-case", "early-warning", "screening-report",
            "hotspot-response", "typical-case", "situation-report", "monthly-report", "semiannual-summary",
            "case-referral");
    static final String TOWN_CODE = CaseVariables.TOWN_CODE;

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution caller = ctx.getSuperExecution();
        if (caller != null) {
            return caller.getTenantId();
        }
        if (!TOWN_SCOPED.contains(ctx.getProcessDefinition().getKey()) || ctx.getVariables() == null) {
            return null;
        }
        Object town = ctx.getVariables().get(TOWN_CODE);
        return town instanceof String code && !code.isBlank() ? code : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        // a rule evaluated inside a town's process belongs to that town; intake evaluates outside any process
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
}
