package com.atlassian.bonnie;

/**
 * Stand-in (atlassian-bonnie as decompiled with confluence 8.7.2 [DF]; {@code core/ContentEntityObject.java} implements
 * it and imports it from {@code com.atlassian.bonnie}). What Confluence's indexer takes; subset: {@code getId()}
 * ({@code getSearchableDependants()}, {@code isIndexable()} left out).
 */
public interface Searchable {
    long getId();
}
