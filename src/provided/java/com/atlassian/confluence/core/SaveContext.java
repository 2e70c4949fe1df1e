package com.atlassian.confluence.core;

import java.io.Serializable;

/**
 * Stand-in, subset (confluence 8.7.2 [DF] {@code core/SaveContext.java}); the superinterface
 * {@code OperationContext<PageUpdateTrigger>} is left out, the plugin calls none of its methods.
 */
public interface SaveContext extends Serializable {
    boolean doUpdateLastModifier();

    boolean isSuppressAutowatch();
}
