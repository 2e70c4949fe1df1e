package com.atlassian.confluence.core;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code core/Modification.java}, complete): what
 * {@link ContentEntityManager#saveNewVersion} applies to the current version after keeping a copy of it as history.
 */
public interface Modification<T extends ContentEntityObject> {
    void modify(T content);
}
