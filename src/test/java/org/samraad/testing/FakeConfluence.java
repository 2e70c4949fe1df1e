package org.samraad.testing;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.RequestContext;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.I18n;
import org.samraad.platform.ReadOnlyMode;
import org.samraad.platform.SpacePermissions;

/**
 * The Confluence side of a service test: spaces, users and space permissions held in memory, with the
 * product's rules (EDIT and ADMINISTER imply VIEW; anonymous is a null user). Services are tested against the
 * real database and this; the dev host runs them against its own persistent host. Everyone reads in the language
 * a test binds with {@link RequestContext#bind}.
 */
public final class FakeConfluence
        implements SpaceManager, PageManager, PermissionManager, UserManager, UserAccessor, PluginSettingsFactory,
        LocaleManager, AccessModeService {
    private final Map<String, Space> spaces = new HashMap<>();
    private final Map<Long, TestPage> pages = new HashMap<>();
    private boolean failPageSaves;
    private long nextPageId = 700_000;
    /** Page id → the user keys it is restricted to (an empty set: nobody, not even anonymous). */
    private final Map<Long, Set<String>> pageViewers = new HashMap<>();
    private final Set<String> administrators = new HashSet<>();
    private final Map<String, Object> globalSettings = new HashMap<>();
    private final Map<String, Set<String>> grants = new HashMap<>();
    private final Set<String> pageTitles = new HashSet<>();
    private String currentUserKey;
    private boolean readOnly;

    public FakeConfluence space(String key) {
        spaces.put(key, new TestSpace(key));
        return this;
    }

    /** Grants {@code permission} on {@code spaceKey} to the user key, or to anonymous when it is null. */
    public FakeConfluence grant(String userKey, Permission permission, String spaceKey) {
        grants.computeIfAbsent(spaceKey, k -> new HashSet<>()).add(userKey + "|" + permission);
        return this;
    }

    /** Takes back a grant, as a space administrator removing someone from the space's permissions. */
    public FakeConfluence revoke(String userKey, Permission permission, String spaceKey) {
        grants.getOrDefault(spaceKey, new HashSet<>()).remove(userKey + "|" + permission);
        return this;
    }

    /** A page in a space; it follows the space's permissions until it is restricted. */
    public FakeConfluence page(long pageId, String spaceKey) {
        pages.put(pageId, new TestPage(pageId, spaces.get(spaceKey)));
        return this;
    }

    /** The page's body as its first version holds it (a page starts empty). */
    public FakeConfluence pageBody(long pageId, String body) {
        TestPage page = pages.get(pageId);
        page.setBodyAsString(body);
        page.versions.clear();
        page.versions.add(new PageVersion(1, body, "", null));
        return this;
    }

    /** One saved version of a page, as Confluence's page history keeps it. */
    public record PageVersion(int version, String body, String comment, String authorKey) {}

    /** Every version of the page, oldest first. */
    public List<PageVersion> pageVersions(long pageId) {
        return List.copyOf(pages.get(pageId).versions);
    }

    /** From now on every page save fails, as a database error in Confluence's own tables would. */
    public FakeConfluence failPageSaves() {
        failPageSaves = true;
        return this;
    }

    @Override
    public void saveContentEntity(ContentEntityObject entity, SaveContext saveContext) {
        saveContentEntity(entity, null, saveContext);
    }

    @Override
    public void saveContentEntity(ContentEntityObject entity, ContentEntityObject originalVersion,
            SaveContext saveContext) {
        if (failPageSaves) {
            throw new IllegalStateException("page save failed");
        }
        if (!(entity instanceof TestPage)) {
            Page created = (Page) entity;
            TestPage page = new TestPage(nextPageId++, created.getSpace());
            page.setTitle(created.getTitle());
            page.setBodyAsString(created.getBodyAsString());
            page.versions.set(0, new PageVersion(1, created.getBodyAsString(), created.getVersionComment(),
                    currentUserKey));
            page.parentId = created.getParent() == null ? null : created.getParent().getId();
            pages.put(page.getId(), page);
            return;
        }
        TestPage page = (TestPage) entity;
        int version = page.versions.size() + 1;
        page.setVersion(version);
        page.versions.add(new PageVersion(version, page.getBodyAsString(), page.getVersionComment(), currentUserKey));
    }

    @Override
    public <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification,
            SaveContext saveContext) {
        current.setVersionComment("");
        modification.modify(current);
        saveContentEntity(current, null, saveContext);
    }

    /** Restricts viewing the page to these user keys, as "only specific people can view" does. */
    public FakeConfluence restrictPage(long pageId, String... userKeys) {
        pageViewers.put(pageId, new HashSet<>(List.of(userKeys)));
        return this;
    }

    /** A page of that title in the space, for title lookups. */
    public FakeConfluence titledPage(String spaceKey, String title) {
        pageTitles.add(spaceKey + "\n" + title);
        return this;
    }

    /** The pages saved under {@code parentId}, by id. */
    public List<Long> childPages(long parentId) {
        return pages.values().stream().filter(p -> Long.valueOf(parentId).equals(p.parentId)).map(TestPage::getId)
                .sorted().toList();
    }

    @Override
    public Page getPage(String spaceKey, String pageTitle) {
        java.util.Optional<TestPage> saved = pages.values().stream()
                .filter(p -> pageTitle != null && pageTitle.equals(p.getTitle()) && p.getSpace() != null
                        && p.getSpace().getKey().equals(spaceKey))
                .findFirst();
        if (saved.isPresent()) {
            return saved.get();
        }
        if (!pageTitles.contains(spaceKey + "\n" + pageTitle)) {
            return null;
        }
        Page page = new Page();
        page.setTitle(pageTitle);
        page.setSpace(spaces.get(spaceKey));
        return page;
    }

    /** Confluence Data Center's read-only mode, as an administrator switches it. */
    public FakeConfluence readOnly(boolean readOnly) {
        this.readOnly = readOnly;
        return this;
    }

    @Override
    public boolean isReadOnlyAccessModeEnabled() {
        return readOnly;
    }

    /** The plugin's read-only check over this Confluence's access mode. */
    public ReadOnlyMode readOnlyMode() {
        return new ReadOnlyMode(this);
    }

    public FakeConfluence administrator(String userKey) {
        administrators.add(userKey);
        return this;
    }

    public FakeConfluence actAs(String userKey) {
        currentUserKey = userKey;
        return this;
    }

    public SpacePermissions spacePermissions() {
        return new SpacePermissions(this, this, currentUser());
    }

    public PagePermissions pagePermissions() {
        return new PagePermissions(this, this, currentUser());
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return pages.get(id);
    }

    public CurrentUser currentUser() {
        return new CurrentUser(this, this);
    }

    /** The plugin's texts over {@code resolver}, in the reader's language as this Confluence gives it. */
    public I18n i18n(HostI18nResolver resolver) {
        return new I18n(resolver, this, currentUser());
    }

    @Override
    public Locale getLocale(com.atlassian.user.User user) {
        return RequestContext.current().locale();
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaces.get(spaceKey);
    }

    @Override
    public Space getSpace(long id) {
        return spaces.values().stream().filter(s -> s.getId() == id).findFirst().orElse(null);
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (target instanceof TestPage page) {
            Set<String> viewers = pageViewers.get(page.getId());
            return hasPermission(user, permission, page.getSpace())
                    && (viewers == null || user != null && viewers.contains(user.getKey().getStringValue()));
        }
        if (!(target instanceof Space space)) {
            return false;
        }
        Set<String> granted = grants.getOrDefault(space.getKey(), Set.of());
        String who = user == null ? null : user.getKey().getStringValue();
        if (granted.contains(who + "|" + permission)) {
            return true;
        }
        return permission == Permission.VIEW
                && (granted.contains(who + "|" + Permission.EDIT) || granted.contains(who + "|" + Permission.ADMINISTER));
    }

    @Override
    public <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> objects) {
        return objects.stream().filter(o -> hasPermission(user, permission, o)).map(o -> (X) o).toList();
    }

    @Override
    public boolean isConfluenceAdministrator(ConfluenceUser user) {
        return user != null && administrators.contains(user.getKey().getStringValue());
    }

    @Override
    public UserKey getRemoteUserKey() {
        return currentUserKey == null ? null : new UserKey(currentUserKey);
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null ? null : new TestUser(key);
    }

    @Override
    public ConfluenceUser getExistingUserByKey(UserKey key) {
        return getUserByKey(key);
    }

    /** Only users a test names exist by username (see {@link FakeUserDirectory#getUserByName}). */
    @Override
    public ConfluenceUser getUserByName(String name) {
        return null;
    }

    @Override
    public UserProfile getRemoteUser() {
        return null;
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return null;
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return false;
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && administrators.contains(userKey.getStringValue());
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return false;
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return userKey != null;
    }

    @Override
    public boolean isAnonymousAccessEnabled() {
        return true;
    }

    @Override
    public boolean isLimitedUnlicensedAccessEnabled() {
        return false;
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return new PluginSettings() {
            @Override
            public Object get(String key) {
                return globalSettings.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return globalSettings.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return globalSettings.remove(key);
            }
        };
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        throw new UnsupportedOperationException("Samråd keeps only global settings");
    }

    private static final class TestSpace extends Space {
        private final String key;

        TestSpace(String key) {
            this.key = key;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getName() {
            return key;
        }

        @Override
        public long getId() {
            return key.hashCode();
        }
    }

    private static final class TestPage extends Page {
        private final long id;
        private final List<PageVersion> versions = new ArrayList<>(List.of(new PageVersion(1, "", "", null)));
        private Long parentId;

        TestPage(long id, Space space) {
            this.id = id;
            setSpace(space);
        }

        @Override
        public long getId() {
            return id;
        }
    }

    private record TestUser(UserKey key) implements ConfluenceUser {
        @Override
        public UserKey getKey() {
            return key;
        }

        @Override
        public String getName() {
            return "user-" + key.getStringValue();
        }

        @Override
        public String getFullName() {
            return getName();
        }

        @Override
        public String getEmail() {
            return null;
        }
    }
}
