package org.samraad.devhost.services;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.List;
import java.util.Set;
import org.samraad.devhost.persistence.HostStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Space permissions as granted in the host store, and pages' view restrictions on top of them. Permission constants are compared by identity, as the
 * product's own are; EDIT and ADMINISTER each imply VIEW. Anonymous is a null user. A site administrator gets
 * no implicit access to space content (as in Confluence, where admins can only recover permissions).
 */
public final class HostPermissionManager implements PermissionManager {
    private static final Logger LOG = LoggerFactory.getLogger(HostPermissionManager.class);
    private final HostStore store;

    public HostPermissionManager(HostStore store) {
        this.store = store;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (target instanceof Space space) {
            return hasSpacePermission(user, permission, space.getKey());
        }
        if (target instanceof AbstractPage page) {
            return hasSpacePermission(user, permission, page.getSpaceKey()) && mayViewPage(user, page.getId());
        }
        if (target == TARGET_APPLICATION) {
            if (permission == Permission.VIEW) {
                return true; // anonymous access is enabled on the dev host
            }
            return isConfluenceAdministrator(user);
        }
        LOG.warn("hasPermission({}, {}, {}): the dev host only knows spaces, pages and TARGET_APPLICATION; denied",
                user, permission, target);
        return false;
    }

    /**
     * A page's view restriction, as Confluence's "only specific people can view": a restricted page is hidden from
     * everyone not named, whatever their space permissions (space administrators included, as in Confluence, where
     * they can only remove the restriction).
     */
    public boolean mayViewPage(ConfluenceUser user, long pageId) {
        Set<String> viewers = store.pageViewers(pageId);
        return viewers.isEmpty() || user != null && viewers.contains(user.getKey().getStringValue());
    }

    public boolean hasSpacePermission(ConfluenceUser user, Permission permission, String spaceKey) {
        if (spaceKey == null) {
            return false;
        }
        Set<String> granted = store.permissions(spaceKey, user == null ? null : user.getKey().getStringValue());
        if (permission == Permission.VIEW) {
            return granted.contains("VIEW") || granted.contains("EDIT") || granted.contains("ADMINISTER");
        }
        if (permission == Permission.EDIT) {
            return granted.contains("EDIT");
        }
        if (permission == Permission.ADMINISTER) {
            return granted.contains("ADMINISTER");
        }
        LOG.warn("Space permission {} is not modelled by the dev host; denied", permission);
        return false;
    }

    @Override
    public <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> objects) {
        return objects.stream().filter(o -> hasPermission(user, permission, o)).map(o -> (X) o).toList();
    }

    @Override
    public boolean isConfluenceAdministrator(ConfluenceUser user) {
        return user instanceof HostUser hostUser && hostUser.isSiteAdmin();
    }

    /** What the host grants; the names match the Permission constants the plugin passes. */
    public enum Grant {
        VIEW, EDIT, ADMINISTER
    }
}
