package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * A hearing's record: each move (who by user key, when, why), and each change of its responsible person or deadline,
 * written in the same transaction as the change, read oldest first by whoever can read the hearing (the makers named
 * by the member list's rule, {@link HearingReads#events}).
 */
@Component
public class HearingHistory {
    private final ActiveObjects ao;
    private final HearingReads reads;
    private final CurrentUser currentUser;
    private final I18n i18n;

    public HearingHistory(
            @ComponentImport ActiveObjects ao,
            HearingReads reads,
            CurrentUser currentUser,
            I18n i18n) {
        this.ao = ao;
        this.reads = reads;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    /** The record so far, oldest first: two statements (the hearing, its events with their makers' standing). */
    public List<HearingEvent> events(int id) {
        return reads.events(reads.visible(id));
    }

    /**
     * What an update changed of the facts the reminders hang on, recorded in its transaction: the responsible person
     * (not who it is now: the hearing shows that, by the visibility rule) and the deadline, old and new.
     */
    void recordFactChanges(int hearingId, HearingStatus status, Hearing before, String responsibleUserKey,
            String responsibleName, LocalDate deadline, Date at) {
        if (!java.util.Objects.equals(before.responsibleUserKey(), responsibleUserKey)
                || responsibleUserKey == null && !java.util.Objects.equals(before.responsibleName(), responsibleName)) {
            recordFact(hearingId, status, HearingEvent.RESPONSIBLE, null, at);
        }
        if (!java.util.Objects.equals(before.deadline(), deadline)) {
            recordFact(hearingId, status, HearingEvent.DEADLINE, interval(before.deadline(), deadline), at);
        }
    }

    static String interval(LocalDate from, LocalDate to) {
        return (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
    }

    private void recordFact(int hearingId, HearingStatus status, String kind, String detail, Date at) {
        HearingEventEntity event = ao.create(HearingEventEntity.class,
                new DBParam("HEARING_ID", hearingId),
                new DBParam("TO_STATUS", status.name()),
                new DBParam("OCCURRED_AT", at));
        event.setFromStatus(status.name());
        event.setKind(kind);
        event.setDetail(detail);
        event.setUserKey(currentUser.userKey().orElse(null));
        event.save();
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
