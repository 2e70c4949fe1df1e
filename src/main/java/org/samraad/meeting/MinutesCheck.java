package org.samraad.meeting;

import java.util.List;
import org.samraad.platform.ConfirmationRequiredException;

/**
 * What another feature wants the approver to know before a meeting's minutes are approved (hearings: a response
 * decided on while the hearing is still in drafting, which the approval will not approve). The meeting package asks
 * every registered check; it does not know the features behind them. Runs in the approving transaction.
 */
public interface MinutesCheck {

    /** The reasons to confirm for the meeting's items; empty when there is nothing to say. */
    List<ConfirmationRequiredException.Reason> beforeApproval(int councilId, List<MinutesItem> items);

    /**
     * One agenda item as the minutes number it.
     *
     * @param hearingId the hearing the item is about, or null
     * @param decided whether a decision is recorded on it
     */
    record MinutesItem(int id, int number, String title, AgendaItemKind kind, Integer hearingId, boolean decided) {}
}
