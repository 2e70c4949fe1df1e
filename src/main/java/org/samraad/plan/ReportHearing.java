package org.samraad.plan;

import java.time.LocalDate;
import org.samraad.hearing.DeadlineState;
import org.samraad.hearing.HearingStatus;
import org.samraad.platform.rest.Iso8601;

/**
 * One hearing of the report's year (its deadline falls in it), as the committee reads it: what it was, when it came
 * and was due, when the council answered and whether on time; its response is read on its page.
 *
 * @param deadlineState as the hearing register says it, as of the report's day
 * @param pageId the response page, or null without one
 * @param issuingBody who asked the council (the authority that sent the hearing), or null when not recorded
 */
public record ReportHearing(
        int id,
        String title,
        @Iso8601 LocalDate receivedOn,
        @Iso8601 LocalDate deadline,
        @Iso8601 LocalDate submittedOn,
        HearingStatus status,
        DeadlineState deadlineState,
        Long pageId,
        String issuingBody) {}
