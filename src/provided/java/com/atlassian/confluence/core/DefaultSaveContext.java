package com.atlassian.confluence.core;

/**
 * Stand-in, subset (confluence 8.7.2 [DF] {@code core/DefaultSaveContext.java}): the {@code DEFAULT} constant (a
 * {@code SaveContext}, linked at run time), which updates the last modifier to the current user and sends the usual
 * notifications, so watchers hear of the new version. The real class is built through its {@code Builder} and extends
 * {@code AbstractOperationContext}; both left out.
 */
public class DefaultSaveContext implements SaveContext {
    public static final SaveContext DEFAULT = new DefaultSaveContext(true);

    private final boolean updateLastModifier;

    private DefaultSaveContext(boolean updateLastModifier) {
        this.updateLastModifier = updateLastModifier;
    }

    @Override
    public boolean doUpdateLastModifier() {
        return updateLastModifier;
    }

    @Override
    public boolean isSuppressAutowatch() {
        return false;
    }
}
