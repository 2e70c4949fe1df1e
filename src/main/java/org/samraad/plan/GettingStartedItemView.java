package org.samraad.plan;

/**
 * One job of the getting-started checklist as the template shows it.
 *
 * @param key seats, members, plan or meeting
 * @param stateText done or not yet, in words
 * @param link the anchor on the page where the job is done; null once it is done
 * @param help what to do there; null once it is done
 */
public record GettingStartedItemView(String key, String label, boolean done, String stateText, String link,
        String help) {}
