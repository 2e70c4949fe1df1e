package org.samraad.testing;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.Map;

/** Confluence's user directory for tests that resolve display names: only the given users (key → full name) exist. */
public final class FakeUserDirectory implements UserAccessor {
    private final Map<String, String> fullNames;

    public FakeUserDirectory(Map<String, String> fullNames) {
        this.fullNames = Map.copyOf(fullNames);
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null || !fullNames.containsKey(key.getStringValue()) ? null : new User(key, fullNames);
    }

    @Override
    public ConfluenceUser getExistingUserByKey(UserKey key) {
        return getUserByKey(key);
    }

    private record User(UserKey key, Map<String, String> fullNames) implements ConfluenceUser {
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
            return fullNames.get(key.getStringValue());
        }

        @Override
        public String getEmail() {
            return null;
        }
    }
}
