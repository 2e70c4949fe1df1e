package org.samraad.meeting;

/**
 * What the agenda needs of the hearings its items put on it, from the feature that holds them: implemented by the
 * hearing feature, so meeting knows none of its types.
 */
public interface AgendaHearings {
    /** Whether the hearing exists and is the council's: an item puts only its own council's hearings on the agenda. */
    boolean isOfCouncil(int hearingId, int councilId);

    /**
     * A scalar subquery, in parentheses, giving the response page of the hearing whose id is the SQL expression
     * {@code hearingId}, if that hearing is of the council given as the subquery's one {@code ?}; so the agenda
     * stays one statement.
     */
    String responsePageSql(String hearingId);
}
