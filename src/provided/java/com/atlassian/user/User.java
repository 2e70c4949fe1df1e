package com.atlassian.user;

import java.security.Principal;

/** Stand-in (atlassian-user, via confluence 8.7.2 [DF]). */
public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
