package org.samraad.devhost.services;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.samraad.devhost.persistence.HostStore;

/** Pages from the host store; like Confluence it finds pages regardless of who asks (no permission filter). */
public final class HostPageManager implements PageManager {
    private final HostStore store;
    private final HostSpaceManager spaces;

    public HostPageManager(HostStore store, HostSpaceManager spaces) {
        this.store = store;
        this.spaces = spaces;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return store.page(id).map(row -> new HostPage(row, spaces.space(row.spaceKey()))).orElse(null);
    }

    @Override
    public Page getPage(String spaceKey, String pageTitle) {
        if (spaceKey == null || pageTitle == null) {
            return null;
        }
        HostSpace space = spaces.space(spaceKey);
        return space == null ? null : store.page(spaceKey, pageTitle).map(row -> new HostPage(row, space)).orElse(null);
    }
}
