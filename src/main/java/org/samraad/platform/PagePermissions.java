package org.samraad.platform;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A page's own view permission, for data that belongs to a page (a meeting, a hearing): a page can be restricted
 * to fewer people than its space, and what the plugin keeps for the page must not reach anyone the page would not.
 * Callers check the space first ({@link SpacePermissions}); this adds the page's restrictions. Confluence calls, no
 * SQL against the plugin's tables, so the statement budgets stay as they are.
 */
@Component
public class PagePermissions {
    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final CurrentUser currentUser;

    public PagePermissions(
            @ComponentImport PermissionManager permissionManager,
            @ComponentImport PageManager pageManager,
            CurrentUser currentUser) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.currentUser = currentUser;
    }

    /** Whether the caller may view the page; data with no page (null) follows its space alone. */
    public boolean canView(Long pageId) {
        return canView(currentUser.confluenceUser(), pageId);
    }

    /**
     * Whether {@code user} (null for anonymous) may view the page. A page Confluence no longer has (removed, so its
     * rows are being cleaned up) leaves the data to its space, as if it had no page.
     */
    public boolean canView(ConfluenceUser user, Long pageId) {
        if (pageId == null) {
            return true;
        }
        @SuppressWarnings("deprecation")
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page == null || permissionManager.hasPermission(user, Permission.VIEW, page);
    }

    /** Whether the page exists and the caller may edit it (a page the plugin is to write for them). */
    public boolean canEdit(long pageId) {
        @SuppressWarnings("deprecation")
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(currentUser.confluenceUser(), Permission.EDIT, page);
    }

    /** The rows whose page the caller may view, in their order. */
    public <T> List<T> viewable(List<T> rows, Function<T, Long> pageId) {
        ConfluenceUser user = currentUser.confluenceUser();
        return rows.stream().filter(row -> canView(user, pageId.apply(row))).toList();
    }
}
