package org.samraad.devhost.services;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

/** SAL's view of the demo users: the remote user is the request's user; only admin is an administrator. */
public final class HostUserManager implements UserManager {
    @Override
    public UserProfile getRemoteUser() {
        return RequestContext.current().user().orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return RequestContext.current().user().map(HostUser::getKey).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : DemoUsers.byKey(userKey.getStringValue()).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        if (userKey == null || group == null) {
            return false;
        }
        return switch (group) {
            case "confluence-users" -> getUserProfile(userKey) != null;
            case "confluence-administrators" -> isAdmin(userKey);
            default -> false;
        };
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && DemoUsers.byKey(userKey.getStringValue()).map(HostUser::isSiteAdmin).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return getUserProfile(userKey) != null;
    }

    @Override
    public boolean isAnonymousAccessEnabled() {
        return true;
    }

    @Override
    public boolean isLimitedUnlicensedAccessEnabled() {
        return false;
    }
}
