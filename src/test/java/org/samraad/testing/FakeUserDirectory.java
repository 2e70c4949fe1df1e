package org.samraad.testing;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.Map;

/**
 * Confluence's user directory for tests that resolve display names or e-mail addresses: only the given users
 * (key → full name) exist, with the given addresses (key → e-mail; none for a user not in that map).
 */
public final class FakeUserDirectory implements UserAccessor {
    private final Map<String, String> fullNames;
    private final Map<String, String> emails;

    public FakeUserDirectory(Map<String, String> fullNames) {
        this(fullNames, Map.of());
    }

    public FakeUserDirectory(Map<String, String> fullNames, Map<String, String> emails) {
        this.fullNames = Map.copyOf(fullNames);
        this.emails = Map.copyOf(emails);
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null || !fullNames.containsKey(key.getStringValue()) ? null
                : new User(key, fullNames.get(key.getStringValue()), emails.get(key.getStringValue()));
    }

    @Override
    public ConfluenceUser getExistingUserByKey(UserKey key) {
        return getUserByKey(key);
    }

    /** A user's username is their key without "key-" (see {@link User#getName()}), matched case-insensitively. */
    @Override
    public ConfluenceUser getUserByName(String name) {
        return name == null ? null : fullNames.keySet().stream()
                .filter(key -> key.replace("key-", "").equalsIgnoreCase(name.trim()))
                .findFirst().map(key -> getUserByKey(new UserKey(key))).orElse(null);
    }

    private record User(UserKey key, String fullName, String email) implements ConfluenceUser {
        @Override
        public UserKey getKey() {
            return key;
        }

        @Override
        public String getName() {
            return key.getStringValue().replace("key-", "");
        }

        @Override
        public String getFullName() {
            return fullName;
        }

        @Override
        public String getEmail() {
            return email;
        }
    }
}
