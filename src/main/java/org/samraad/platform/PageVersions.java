package org.samraad.platform;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Writes a page's body as a new version through Confluence's page manager, so the record the plugin keeps in the
 * wiki (approved minutes, a final annual report) is page content like any other: page history, search, export,
 * watchers and comments see it, and it stays readable with the plugin uninstalled. The version's author is the
 * current user (Confluence's {@code DefaultSaveContext.DEFAULT} updates the last modifier) and it carries the given
 * version comment. The save joins the caller's transaction; a save Confluence refuses is a
 * {@link PageNotWrittenException}, which rolls back whatever decided it.
 */
@Component
public class PageVersions {
    private final PageManager pages;

    public PageVersions(@ComponentImport PageManager pages) {
        this.pages = pages;
    }

    /**
     * A new version of the page whose body is {@code change} applied to the current body, with {@code comment}.
     * Nothing is saved when the body would stay as it is (a repeated write leaves no empty version) or when
     * Confluence no longer has the page.
     *
     * @return whether a version was saved
     */
    public boolean saveNewVersion(long pageId, UnaryOperator<String> change, String comment) {
        @SuppressWarnings("deprecation") // the one lookup by id, still called on 10.x
        AbstractPage page = pages.getAbstractPage(pageId);
        if (page == null) {
            return false;
        }
        String before = page.getBodyAsString() == null ? "" : page.getBodyAsString();
        String after = change.apply(before);
        if (after.equals(before)) {
            return false;
        }
        try {
            pages.saveNewVersion(page, current -> {
                current.setBodyAsString(after);
                current.setVersionComment(comment);
            }, DefaultSaveContext.DEFAULT);
        } catch (RuntimeException e) {
            throw new PageNotWrittenException(e);
        }
        return true;
    }

    /**
     * A page of its own under {@code parentId} with this title and body: a new child page the first time, a new
     * version of the page of that title in the parent's space after that (Confluence keeps titles unique in a
     * space), nothing when its body is already this one. Nothing either when Confluence no longer has the parent.
     *
     * @return whether a page or version was saved
     */
    public boolean saveChildPage(long parentId, String title, String body, String comment) {
        @SuppressWarnings("deprecation")
        AbstractPage parent = pages.getAbstractPage(parentId);
        if (!(parent instanceof Page parentPage)) {
            return false;
        }
        @SuppressWarnings("deprecation") // the one lookup by title, still called on 10.x
        Page existing = pages.getPage(parent.getSpaceKey(), title);
        if (existing != null) {
            return saveNewVersion(existing.getId(), before -> body, comment);
        }
        create(parent.getSpace(), parentPage, title, body, comment);
        return true;
    }

    /**
     * A new page in {@code space} (under {@code parent}, or at the space's top without one) with this title, body and
     * version comment, by the current user. The title must be free in the space (see {@link UniquePageTitles}).
     *
     * @return the new page's id
     */
    public long createPage(Space space, Page parent, String title, String body, String comment) {
        create(space, parent, title, body, comment);
        // found by its title, unique in the space: the id Confluence gives the saved page
        @SuppressWarnings("deprecation")
        Page saved = pages.getPage(space.getKey(), title);
        if (saved == null) {
            throw new PageNotWrittenException(new IllegalStateException("the new page \"" + title + "\" is not found"));
        }
        return saved.getId();
    }

    private void create(Space space, Page parent, String title, String body, String comment) {
        Page page = new Page();
        page.setSpace(space);
        page.setTitle(title);
        page.setBodyAsString(body);
        page.setVersionComment(comment);
        if (parent != null) {
            parent.addChild(page);
        }
        try {
            pages.saveContentEntity(page, DefaultSaveContext.DEFAULT);
        } catch (RuntimeException e) {
            throw new PageNotWrittenException(e);
        }
    }
}
