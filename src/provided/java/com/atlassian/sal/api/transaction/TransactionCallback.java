package com.atlassian.sal.api.transaction;

/** Stand-in (sal-api 5.1.4 [DF]); no checked exceptions. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
