package org.samraad.council;

/**
 * A person as a caller may see them, decided by {@link MemberVisibility#name}.
 *
 * @param userKey the person's user key, or null when there is none or the caller may not see it
 * @param name what to show: the person's name, "name not published" or "former member"; null when no person
 * @param hidden the name is withheld from this caller
 */
public record ShownName(String userKey, String name, boolean hidden) {}
