package com.atlassian.sal.api.rdbms;

/**
 * Stand-in (sal-api 5.1.4 [DF]). {@code getSchemaName()} (returns io.atlassian.fugue.Option) is left out: the
 * plugin does not call it.
 */
public interface TransactionalExecutor {
    <A> A execute(ConnectionCallback<A> callback);

    TransactionalExecutor readOnly();

    TransactionalExecutor readWrite();

    TransactionalExecutor newTransaction();

    TransactionalExecutor existingTransaction();
}
