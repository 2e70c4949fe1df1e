package org.samraad.meeting;

/**
 * A council member who dissented on an agenda item, as the reader may see them.
 *
 * @param name the member's name, or "name not published" / "former member" by the member list's rule
 * @param nameHidden the reader may not see the name
 */
public record AgendaDissenter(int memberId, String name, boolean nameHidden) {}
