package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Stand-in (sal-api 5.1.4 [DF]). */
public interface Message {
    String getKey();

    Serializable[] getArguments();
}
