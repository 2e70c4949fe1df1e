package org.samraad.devhost.services;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;

/**
 * Confluence Data Center's read-only mode, switched by an administrator at {@code /devhost/access-mode} (Confluence:
 * General Configuration → Maintenance). Held by this node only and off after a restart; Confluence shares it across
 * the cluster and keeps it.
 */
public final class HostAccessModeService implements AccessModeService {
    private volatile boolean readOnly;

    @Override
    public boolean isReadOnlyAccessModeEnabled() {
        return readOnly;
    }

    public void readOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }
}
