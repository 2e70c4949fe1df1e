package org.samraad.platform.mail;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.PagePermissions;
import org.springframework.stereotype.Component;

/**
 * Which Confluence users a reminder job may mail about a council's space: a user with an e-mail address who can
 * view the space, and the page when the data belongs to one (a hearing's response page may be restricted to fewer
 * people than its space, see {@link PagePermissions}), checked for that user (a job has no current user). The user reads the mail in their own
 * Confluence language when Samråd speaks it, else in the council's.
 */
@Component
public class MailRecipients {
    private final UserAccessor users;
    private final PermissionManager permissions;
    private final SpaceManager spaces;
    private final LocaleManager locales;
    private final PagePermissions pages;

    public MailRecipients(
            @ComponentImport UserAccessor users,
            @ComponentImport PermissionManager permissions,
            @ComponentImport SpaceManager spaces,
            @ComponentImport LocaleManager locales,
            PagePermissions pages) {
        this.users = users;
        this.permissions = permissions;
        this.spaces = spaces;
        this.locales = locales;
        this.pages = pages;
    }

    /** Lookups for one run of a job: each user and each user's permission on a space is looked up once. */
    public Run run() {
        return new Run();
    }

    public final class Run {
        private final Map<String, Optional<ConfluenceUser>> found = new HashMap<>();
        private final Map<String, Boolean> views = new HashMap<>();

        private Run() {}

        /** The user as a recipient about the space, or empty when there is no such user, address or permission. */
        public Optional<MailRecipient> user(String userKey, String spaceKey, String councilLocale) {
            return user(userKey, spaceKey, null, councilLocale);
        }

        /**
         * The user as a recipient about data on a page of the space ({@code pageId} null for data with no page), or
         * empty when there is no such user or address, or the user may not view the space or the page.
         */
        public Optional<MailRecipient> user(String userKey, String spaceKey, Long pageId, String councilLocale) {
            if (userKey == null) {
                return Optional.empty();
            }
            return found.computeIfAbsent(userKey, k -> Optional.ofNullable(users.getUserByKey(new UserKey(k))))
                    .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                    .filter(u -> canView(u, spaceKey) && pages.canView(u, pageId))
                    .map(u -> {
                        Locale own = locales.getLocale(u);
                        return new MailRecipient(u.getEmail().strip(), userKey,
                                MailText.speaks(own) ? MailText.locale(own.getLanguage()) : MailText.locale(councilLocale));
                    });
        }

        private boolean canView(ConfluenceUser user, String spaceKey) {
            return views.computeIfAbsent(user.getKey().getStringValue() + "\n" + spaceKey, k -> {
                Space space = spaces.getSpace(spaceKey);
                return space != null && permissions.hasPermission(user, Permission.VIEW, space);
            });
        }
    }
}
