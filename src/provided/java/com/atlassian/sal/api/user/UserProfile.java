package com.atlassian.sal.api.user;

import java.net.URI;

/** Stand-in (sal-api 5.1.4 [DF]). */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
