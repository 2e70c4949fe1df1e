package org.samraad.platform;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
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
}
