package cn.jiyuan.mediation.organization.identity;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.OrganizationChangedEvent;

/** Brings identities, grants and filters in line with the registry at startup and after each change. */
@Component
public class IdentityStartup {

    private final IdentitySynchronizer synchronizer;
    private final AuthorizationGrants grants;
    private final TasklistFilters filters;

    public IdentityStartup(IdentitySynchronizer synchronizer, AuthorizationGrants grants, TasklistFilters filters) {
        this.synchronizer = synchronizer;
        this.grants = grants;
        this.filters = filters;
    }

    @EventListener
    public void onStartup(ApplicationReadyEvent event) {
        synchronizer.synchronize();
        grants.grantRoleDefaults();
        filters.ensureFilters();
    }

    @EventListener
    public void onRegistryChanged(OrganizationChangedEvent event) {
        if (event.rowsWritten() > 0) {
            synchronizer.synchronize();
        }
    }
}
