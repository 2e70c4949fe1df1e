package org.samraad.council;

import java.util.List;
import net.java.ao.RawEntity;

/**
 * A feature whose rows point at people: what erasure clears and what the per-person export gives, so council erases
 * and exports a person without knowing the features above it. Each such feature implements this as a component;
 * {@link PersonalReferences} gathers them.
 */
public interface PersonalDataHolder {
    /** Columns holding a Confluence user key. */
    default List<PersonalReference<?>> byUserKey() {
        return List.of();
    }

    /** Columns holding a member id, on rows that also copy the person's name or key. */
    default List<PersonalReference<?>> byMemberId() {
        return List.of();
    }

    /** Columns holding the name of a person without an account, stored beside the row (the export finds them). */
    default List<EntityColumn> byName() {
        return List.of();
    }

    /** Columns holding the e-mail address of a person without an account (the export finds them by the member's). */
    default List<EntityColumn> byEmail() {
        return List.of();
    }

    /**
     * How a row of {@code type} belongs to a council when it has no {@code COUNCIL_ID} of its own: an SQL condition
     * on the row as {@code x}, with {@code %s} for the councils' placeholders; null for a type this feature does not
     * hold or that names its council itself.
     */
    default String councilScope(Class<? extends RawEntity<?>> type) {
        return null;
    }

    /**
     * Clears a person, by user key, by name or by e-mail address, from what this feature keeps as text in its history (values that
     * are never filtered in SQL); the number of rows changed.
     */
    default int forget(String person) {
        return 0;
    }
}
