package org.samraad.hearing;

import java.time.LocalDate;
import java.util.List;
import org.samraad.platform.rest.Iso8601;

/**
 * A hearing as it leaves the service. The responsible person is shown by display name (resolved from the user key
 * at read time) or by the typed name; {@code next} lists the statuses the hearing may move to now, so clients show
 * only the workflow buttons that will work.
 *
 * @param daysLeft days until the deadline in the council's zone (0 on the day, negative when overdue); null once
 *     the hearing is submitted or declined
 * @param caseNumber the municipality's own case number (Sagsnr., Ärendenr.); {@code reference} is the issuer's
 */
public record Hearing(
        int id,
        int councilId,
        String title,
        String issuingBody,
        String reference,
        String url,
        String summary,
        @Iso8601 LocalDate receivedOn,
        @Iso8601 LocalDate deadline,
        String responsibleUserKey,
        String responsibleName,
        HearingStatus status,
        List<HearingStatus> next,
        DeadlineState deadlineState,
        Long daysLeft,
        Long pageId,
        Integer agendaItemId,
        @Iso8601 LocalDate submittedOn,
        String response,
        String dissent,
        String easyRead,
        String outcome,
        @Iso8601 LocalDate reviewDate,
        int version,
        String caseNumber) {}
