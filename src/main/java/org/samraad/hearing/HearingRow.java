package org.samraad.hearing;

import java.time.LocalDate;
import org.samraad.council.PersonStanding;

/**
 * One hearing row as read by {@link HearingsQuery}, with its council's space and language.
 *
 * @param onLiveAgenda its agenda item still exists, on a meeting that was not cancelled
 * @param responsibleStanding the responsible person's standing in the council (it decides who may read the name)
 * @param callerServingInsider the caller serves on the council as an insider
 */
record HearingRow(
        int id,
        int councilId,
        String spaceKey,
        String councilLocale,
        String subject,
        String issuingBody,
        String issuerReference,
        String url,
        String summary,
        LocalDate receivedOn,
        LocalDate deadline,
        String responsibleUserKey,
        String responsibleName,
        HearingStatus status,
        Long pageId,
        Integer agendaItemId,
        LocalDate submittedOn,
        String response,
        String dissent,
        String easyRead,
        String outcome,
        LocalDate reviewDate,
        int version,
        boolean onLiveAgenda,
        PersonStanding responsibleStanding,
        boolean callerServingInsider) {}
