package org.samraad.action;

/**
 * Published when an action of a council is added, changed or removed: the council's meeting pages list its actions
 * (those that came from an item, and the open ones under every meeting's follow-up), so whoever keeps a copy of those
 * pages' text (the search index) refreshes it. Published inside the write's transaction.
 */
public record ActionsChangedEvent(int councilId) {}
