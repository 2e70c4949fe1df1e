package org.samraad.council;

import java.util.List;
import net.java.ao.RawEntity;

/**
 * The rows of one feature that name a council, an organisation or a member. The plugin has no foreign keys, so
 * council refuses to delete what these still name; through this interface it asks every feature above it without
 * knowing any. Each feature that stores such rows implements it as a component.
 */
public interface CouncilReferences {
    /** Entity types whose {@code COUNCIL_ID} makes a row part of the council's record, whatever its status. */
    default List<Class<? extends RawEntity<Integer>>> namingCouncil() {
        return List.of();
    }

    /**
     * Entity types whose {@code COUNCIL_ID} rows are no record but personal (such as subscriptions): they go with
     * a council that is deleted.
     */
    default List<Class<? extends RawEntity<Integer>>> goingWithCouncil() {
        return List.of();
    }

    /** Entity types whose {@code ORGANISATION_ID} names an organisation. */
    default List<Class<? extends RawEntity<Integer>>> namingOrganisation() {
        return List.of();
    }

    /** Columns holding a member id that make the member part of the council's record (a member such rows name stays). */
    default List<EntityColumn> namingMember() {
        return List.of();
    }
}
