package org.samraad.devhost.services;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.samraad.devhost.persistence.HostStore;

/**
 * Pages from the host store; like Confluence it finds pages regardless of who asks (no permission filter). A save
 * writes a new version whose author is the request's user and whose comment is the page's version comment, in the
 * caller's transaction (the store works on the AO connection); a page changed since it was read is refused, as
 * Confluence refuses a stale save. A new page is created in its space (the host keeps no page tree).
 */
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

    @Override
    public void saveContentEntity(ContentEntityObject entity, SaveContext saveContext) {
        saveContentEntity(entity, null, saveContext);
    }

    @Override
    public void saveContentEntity(ContentEntityObject entity, ContentEntityObject originalVersion,
            SaveContext saveContext) {
        String author = RequestContext.current().user().map(user -> user.getKey().getStringValue()).orElse(null);
        if (!(entity instanceof HostPage page)) {
            // a new page: the host keeps no page tree, so a child page is a page of the parent's space
            if (!(entity instanceof Page created) || created.getSpaceKey() == null) {
                throw new UnsupportedOperationException("The dev host saves only new pages and the pages it gave out");
            }
            store.createPage(created.getSpaceKey(), created.getTitle(), created.getBodyAsString(), author,
                    created.getVersionComment());
            return;
        }
        if (!store.updatePage(page.getId(), page.row().version(), page.getTitle(), page.getBodyAsString(),
                author == null ? page.row().modifierKey() : author,
                page.getVersionComment())) {
            throw new IllegalStateException("Page " + page.getId() + " was changed since it was read");
        }
    }

    @Override
    public <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification,
            SaveContext saveContext) {
        // Confluence keeps a copy of the current version as history and applies the change to the current one
        current.setVersionComment("");
        modification.modify(current);
        saveContentEntity(current, null, saveContext);
    }
}
