package org.samraad.hearing;

import java.time.LocalDate;
import org.samraad.platform.rest.Iso8601;

/**
 * A hearing as a macro shows it, with whether the caller may move it on and record its follow-up, and the
 * council's today (the default day of a submission).
 *
 * @param onLiveAgenda its agenda item still stands on a meeting that was not cancelled; else it may be put on one
 * @param minutesPending for a hearing in drafting: approved minutes that decided on its response, which the approval
 *     could not approve; null otherwise
 * @param councilLocale the council's language, in which its response is written
 */
public record ShownHearing(Hearing hearing, boolean editable, @Iso8601 LocalDate today, boolean onLiveAgenda,
        MinutesApprovalQuery.Approval minutesPending, String councilLocale) {}
