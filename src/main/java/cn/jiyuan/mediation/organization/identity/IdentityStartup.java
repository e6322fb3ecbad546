package cn.jiyuan.mediation.organization.identity;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.OrganizationChangedEvent;

/**
 * Brings identities, town tenants, engine grants and filters in line with the registry at startup and after
 * each change, so that the scope of every user follows the registry (a mediator who moves committee, a new
 * village committee).
 */
@Component
public class IdentityStartup {

    private final IdentitySynchronizer synchronizer;
    private final TownTenants tenants;
    private final AuthorizationGrants grants;
    private final TasklistFilters filters;

    public IdentityStartup(IdentitySynchronizer synchronizer, TownTenants tenants, AuthorizationGrants grants,
                           TasklistFilters filters) {
        this.synchronizer = synchronizer;
        this.tenants = tenants;
        this.grants = grants;
        this.filters = filters;
    }

    @EventListener
    public void onStartup(ApplicationReadyEvent event) {
        synchronizeScopes();
        filters.ensureFilters();
    }

    @EventListener
    public void onRegistryChanged(OrganizationChangedEvent event) {
        if (event.rowsWritten() > 0) {
            synchronizeScopes();
        }
    }

    private void synchronizeScopes() {
        synchronizer.synchronize();
        tenants.synchronize();
        grants.synchronize();
    }
}
