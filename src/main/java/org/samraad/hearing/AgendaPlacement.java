package org.samraad.hearing;

/**
 * A request to put a hearing on a meeting's agenda.
 *
 * @param meetingId an upcoming meeting (planned, or its agenda published) of the hearing's council
 * @param version the hearing's version the client read
 */
public record AgendaPlacement(Integer meetingId, Integer version) {}
