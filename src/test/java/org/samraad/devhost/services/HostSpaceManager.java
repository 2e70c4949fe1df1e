package org.samraad.devhost.services;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import java.util.List;
import org.samraad.devhost.persistence.HostStore;

/** Spaces from the host store; like Confluence it returns spaces regardless of who asks (no permission filter). */
public final class HostSpaceManager implements SpaceManager {
    private final HostStore store;

    public HostSpaceManager(HostStore store) {
        this.store = store;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaceKey == null ? null : store.space(spaceKey).map(HostSpace::new).orElse(null);
    }

    @Override
    public Space getSpace(long id) {
        return store.space(id).map(HostSpace::new).orElse(null);
    }

    public HostSpace space(String spaceKey) {
        return (HostSpace) getSpace(spaceKey);
    }

    public List<HostSpace> allSpaces() {
        return store.spaces().stream().map(HostSpace::new).toList();
    }
}
