package org.samraad.council;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.samraad.platform.SpacePermissions;
import org.springframework.stereotype.Component;

/**
 * Whether an organisation id may be put on a seat or a member: it must exist and be visible to the caller
 * (site-wide, or kept in a space the caller can view), so a reference never leaks an organisation's name from
 * a restricted space into a public member list.
 */
@Component
public class OrganisationLookup {
    private final ActiveObjects ao;
    private final SpacePermissions permissions;

    public OrganisationLookup(@ComponentImport ActiveObjects ao, SpacePermissions permissions) {
        this.ao = ao;
        this.permissions = permissions;
    }

    boolean isVisible(int organisationId) {
        OrganisationEntity row = ao.get(OrganisationEntity.class, organisationId);
        return row != null && (row.getSpaceKey() == null || permissions.canView(row.getSpaceKey()));
    }
}
