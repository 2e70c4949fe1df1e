package org.samraad.platform;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.springframework.stereotype.Component;

/**
 * The permission port: every service asks here before it reads or writes data that hangs off a space. A space
 * the caller cannot view is treated exactly like a space that does not exist.
 */
@Component
public class SpacePermissions {
    private final PermissionManager permissionManager;
    private final SpaceManager spaceManager;
    private final CurrentUser currentUser;

    public SpacePermissions(
            @ComponentImport PermissionManager permissionManager,
            @ComponentImport SpaceManager spaceManager,
            CurrentUser currentUser) {
        this.permissionManager = permissionManager;
        this.spaceManager = spaceManager;
        this.currentUser = currentUser;
    }

    public boolean canView(String spaceKey) {
        return has(Permission.VIEW, spaceKey);
    }

    public boolean canEdit(String spaceKey) {
        return has(Permission.EDIT, spaceKey);
    }

    public boolean canAdminister(String spaceKey) {
        return has(Permission.ADMINISTER, spaceKey);
    }

    /** What the caller may do in a space: a space the caller may not view grants nothing. */
    public record Granted(boolean view, boolean edit, boolean administer) {}

    /**
     * View, edit and administer at once, with the space looked up once, for a caller that needs all three (a meeting
     * read for its page: whether it is shown, and how the caller sees it).
     */
    public Granted granted(String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        ConfluenceUser user = currentUser.confluenceUser();
        if (space == null || !permissionManager.hasPermission(user, Permission.VIEW, space)) {
            return new Granted(false, false, false);
        }
        boolean administer = permissionManager.hasPermission(user, Permission.ADMINISTER, space);
        return new Granted(true, administer || permissionManager.hasPermission(user, Permission.EDIT, space),
                administer);
    }

    /** 404 unless the caller may view the space, then 403 unless the caller also holds {@code needed}. */
    public void require(Permission needed, String spaceKey) {
        if (!canView(spaceKey)) {
            throw new NotFoundException();
        }
        if (needed != Permission.VIEW && !has(needed, spaceKey)) {
            throw new ForbiddenException();
        }
    }

    private boolean has(Permission permission, String spaceKey) {
        if (spaceKey == null) {
            return false;
        }
        Space space = spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(currentUser.confluenceUser(), permission, space);
    }
}
