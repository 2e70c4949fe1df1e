package org.samraad.devhost.services;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;
import java.util.Objects;

/**
 * A demo user, both as Confluence sees it ({@link ConfluenceUser}) and as SAL does ({@link UserProfile}). The
 * user key is an opaque id that differs from the username, as in Confluence since 5.2, so code that stores
 * usernames instead of keys shows up.
 */
public final class HostUser implements ConfluenceUser, UserProfile {
    private final String username;
    private final String password;
    private final UserKey key;
    private final String fullName;
    private final String email;
    private final boolean siteAdmin;

    public HostUser(String username, String password, String key, String fullName, String email, boolean siteAdmin) {
        this.username = username;
        this.password = password;
        this.key = new UserKey(key);
        this.fullName = fullName;
        this.email = email;
        this.siteAdmin = siteAdmin;
    }

    public boolean passwordMatches(String candidate) {
        return java.security.MessageDigest.isEqual(
                password.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public boolean isSiteAdmin() {
        return siteAdmin;
    }

    @Override
    public UserKey getKey() {
        return key;
    }

    @Override
    public UserKey getUserKey() {
        return key;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public URI getProfilePictureUri(int width, int height) {
        return null;
    }

    @Override
    public URI getProfilePictureUri() {
        return null;
    }

    @Override
    public URI getProfilePageUri() {
        return URI.create("/display/~" + username);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostUser other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return username + " (" + key + ")";
    }
}
