package com.atlassian.sal.api.user;

/**
 * Stand-in (sal-api 5.1.4 [DF]). Only methods with a verified signature are declared: the
 * HttpServletRequest overloads (jakarta in 10.x, unverified) and the deprecated username overloads are left out.
 */
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);

    boolean isAnonymousAccessEnabled();

    boolean isLimitedUnlicensedAccessEnabled();
}
