package com.atlassian.confluence.core;

/**
 * Stand-in, subset (confluence 8.7.2 [DF] {@code core/ContentEntityManager.java}: the two {@code saveContentEntity}
 * and the three-argument {@code saveNewVersion} with their exact erased types). Still the way apps built for
 * Confluence 10 write a page: {@code pageManager.saveNewVersion(page, modification, DefaultSaveContext.…)} and
 * {@code saveContentEntity(entity, previousVersion, DefaultSaveContext.DEFAULT)} (Confluence's own
 * {@code DefaultContentService}-era code, 8.7.2 [DF]); the 10.x signatures are presumed unchanged (reference §2.4,
 * unverified). Saves join the caller's transaction, as every Confluence manager's do.
 */
public interface ContentEntityManager {
    void saveContentEntity(ContentEntityObject entity, SaveContext saveContext);

    void saveContentEntity(ContentEntityObject entity, ContentEntityObject originalVersion, SaveContext saveContext);

    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification,
            SaveContext saveContext);
}
