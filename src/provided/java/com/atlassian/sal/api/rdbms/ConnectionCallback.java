package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/** Stand-in (sal-api 5.1.4 [DF]). */
public interface ConnectionCallback<A> {
    A execute(Connection connection);
}
