package com.atlassian.sal.api.rdbms;

/** Stand-in (sal-api 5.1.4 [DF]): the default methods are part of the API. */
public interface TransactionalExecutorFactory {
    default TransactionalExecutor create() {
        return createExecutor(false, false);
    }

    default TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    default TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("not implemented by default");
    }

    @Deprecated
    default TransactionalExecutor createExecutor() {
        return createExecutor(true, false);
    }
}
