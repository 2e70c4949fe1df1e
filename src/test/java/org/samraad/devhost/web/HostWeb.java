package org.samraad.devhost.web;

import java.util.List;
import java.util.Optional;
import org.samraad.devhost.blueprint.BlueprintCatalog;
import org.samraad.devhost.blueprint.ContentTemplateRenderer;
import org.samraad.devhost.descriptor.PluginDescriptor;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.render.MacroRegistry;
import org.samraad.devhost.render.StorageFormatRenderer;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.HostJobs;
import org.samraad.devhost.services.HostPermissionManager;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.HostSpaceManager;
import org.samraad.devhost.services.RequestContext;
import com.atlassian.confluence.security.Permission;
import com.atlassian.event.api.EventPublisher;
import org.samraad.devhost.services.HostAccessModeService;
import org.samraad.devhost.search.HostSearchIndex;

/** What the host's pages need, and the permission rules they share (404 for what the caller may not view). */
public record HostWeb(
        PluginDescriptor descriptor,
        HostStore store,
        HostSpaceManager spaces,
        HostPermissionManager permissions,
        HostI18nResolver i18n,
        MacroRegistry macros,
        StorageFormatRenderer renderer,
        BlueprintCatalog blueprints,
        ContentTemplateRenderer contentTemplates,
        HostJobs jobs,
        EventPublisher events,
        HostAccessModeService accessMode,
        HostSearchIndex searchIndex) {

    public boolean canView(String spaceKey) {
        return permissions.hasSpacePermission(RequestContext.current().user().orElse(null), Permission.VIEW, spaceKey);
    }

    public boolean canEdit(String spaceKey) {
        return permissions.hasSpacePermission(RequestContext.current().user().orElse(null), Permission.EDIT, spaceKey);
    }

    /** Confluence's global "create space" permission; in the demo the administrator and the secretary hold it. */
    public boolean canCreateSpaces() {
        return RequestContext.current().user().map(DemoUsers::canCreateSpaces).orElse(false);
    }

    public Optional<HostSpace> visibleSpace(String spaceKey) {
        return Optional.ofNullable(spaces.space(spaceKey)).filter(space -> canView(space.getKey()));
    }

    public List<HostSpace> visibleSpaces() {
        return spaces.allSpaces().stream().filter(space -> canView(space.getKey())).toList();
    }

    public Optional<PageRow> visiblePage(long pageId) {
        return store.page(pageId).filter(page -> canView(page.spaceKey())
                && permissions.mayViewPage(RequestContext.current().user().orElse(null), page.id()));
    }

    /** Site search as the caller: only pages the caller may view (space permission and page restrictions). */
    public HostSearchIndex.Hits search(String words, int start, int limit) {
        return searchIndex.search(words, start, limit, id -> visiblePage(id).isPresent());
    }

    /** Storage format → view HTML in the caller's context; macros add their web resources to the request. */
    public String renderPage(PageRow page, String outputType) {
        return renderer.render(page.body(), new HostConversionContext(page.spaceKey(), page.id(), outputType));
    }

    public PageLayout layout() {
        return new PageLayout(this, new WebResourceTags(descriptor));
    }
}
