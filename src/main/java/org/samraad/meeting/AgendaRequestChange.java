package org.samraad.meeting;

/**
 * The answer to a submitted request: ACCEPTED or DECLINED (the council's secretariat), or WITHDRAWN (the requester), with an
 * optional answer text and the version the client read.
 */
public record AgendaRequestChange(String status, String answer, Integer version) {}
