package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in (sal-api 5.1.4 [DF]). A final value class, so the body is real. */
public final class UserKey implements Serializable {
    private final String userkey;

    public UserKey(String userkey) {
        if (userkey == null) {
            throw new IllegalArgumentException("userkey must not be null");
        }
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey fromLong(long id) {
        return new UserKey(String.valueOf(id));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && Objects.equals(((UserKey) o).userkey, userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
