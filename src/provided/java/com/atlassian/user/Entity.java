package com.atlassian.user;

import java.io.Serializable;

/** Stand-in (atlassian-user, via confluence 8.7.2 [DF]). */
public interface Entity extends Serializable {
    String getName();
}
