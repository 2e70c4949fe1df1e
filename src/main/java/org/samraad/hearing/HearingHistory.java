package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.HistoryNames;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * A hearing's workflow record: each move (who by user key, when, why), written in the same transaction as the move,
 * read oldest first by whoever can read the hearing.
 */
@Component
public class HearingHistory {
    private final ActiveObjects ao;
    private final HearingReads reads;
    private final MemberVisibility visibility;
    private final MembersQuery members;
    private final CurrentUser currentUser;
    private final I18n i18n;

    public HearingHistory(
            @ComponentImport ActiveObjects ao,
            HearingReads reads,
            MemberVisibility visibility,
            MembersQuery members,
            CurrentUser currentUser,
            I18n i18n) {
        this.ao = ao;
        this.reads = reads;
        this.visibility = visibility;
        this.members = members;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    /** The workflow so far, oldest first. */
    public List<HearingEvent> events(int id) {
        HearingRow hearing = reads.visible(id);
        HearingEventEntity[] rows = ao.find(HearingEventEntity.class,
                Query.select().where("HEARING_ID = ?", id).order("OCCURRED_AT ASC, ID ASC"));
        // who moved the hearing is named by the member list's rule, decided over the council's member rows
        HistoryNames names = visibility.historyNames(members.ofCouncil(hearing.councilId()), reads.insider(hearing));
        return Arrays.stream(rows).map(row -> new HearingEvent(
                row.getFromStatus() == null ? null : HearingStatus.valueOf(row.getFromStatus()),
                HearingStatus.valueOf(row.getToStatus()),
                row.getOccurredAt().toInstant(),
                names.user(row.getUserKey()),
                row.getNote())).toList();
    }

    /** A move made by the caller. */
    void record(int hearingId, HearingStatus from, HearingStatus to, Date at, String note) {
        record(hearingId, from, to, at, note, currentUser.userKey().orElse(null));
    }

    void record(int hearingId, HearingStatus from, HearingStatus to, Date at, String note, String userKey) {
        HearingEventEntity event = ao.create(HearingEventEntity.class,
                new DBParam("HEARING_ID", hearingId),
                new DBParam("TO_STATUS", to.name()),
                new DBParam("OCCURRED_AT", at));
        event.setFromStatus(from == null ? null : from.name());
        event.setUserKey(userKey);
        event.setNote(note);
        event.save();
    }

    /** The note of an approval the minutes of a meeting made: it names the meeting. */
    String minutesNote(String meetingTitle, LocalDate meetingDate) {
        return i18n.text("samraad.hearing.approved-with-minutes", meetingTitle,
                meetingDate == null ? "" : meetingDate.toString());
    }

    /** The record goes with its hearing. */
    void erase(int hearingId) {
        ao.deleteWithSQL(HearingEventEntity.class, "HEARING_ID = ?", hearingId);
    }
}
