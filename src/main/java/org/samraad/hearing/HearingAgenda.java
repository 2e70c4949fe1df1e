package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Date;
import java.util.List;
import net.java.ao.Query;
import org.samraad.meeting.AgendaItem;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaItemInput;
import org.samraad.meeting.AgendaItemKind;
import org.samraad.meeting.AgendaService;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.meeting.MinutesApprovedEvent;
import org.samraad.platform.FieldError;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * A hearing and the council's meetings: putting it on an upcoming meeting's agenda, and approving it with the
 * minutes that hold the council's decision on it.
 */
@Component
public class HearingAgenda {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock rowLock;
    private final SpacePermissions permissions;
    private final HearingReads reads;
    private final HearingHistory history;
    private final AgendaService agenda;
    private final TimeSource time;
    private final EventPublisher events;

    public HearingAgenda(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock rowLock,
            SpacePermissions permissions,
            HearingReads reads,
            HearingHistory history,
            AgendaService agenda,
            TimeSource time,
            @ComponentImport EventPublisher events) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.rowLock = rowLock;
        this.permissions = permissions;
        this.reads = reads;
        this.history = history;
        this.agenda = agenda;
        this.time = time;
        this.events = events;
    }

    /**
     * Puts the hearing on the agenda of an upcoming meeting of its council: a hearing item with the hearing's title
     * and summary (as case presentation), added through the agenda service with its checks, and remembered on the
     * hearing. Only an open hearing goes on an agenda (one submitted or declined has nothing left to decide). A
     * hearing already on the agenda of a meeting that was not cancelled is a 409; one whose item was
     * removed, or whose meeting was cancelled, may be put on another.
     */
    public Hearing putOnAgenda(int id, AgendaPlacement raw) {
        AgendaPlacement placement = raw == null ? new AgendaPlacement(null, null) : raw;
        return transactions.inTransaction(() -> {
            HearingRow stored = reads.visible(id);
            permissions.require(Permission.EDIT, stored.spaceKey());
            Validation validation = new Validation()
                    .required("meetingId", placement.meetingId())
                    .required("version", placement.version());
            if (!stored.status().isOpen()) {
                validation.add(FieldError.of("meetingId", "samraad.hearing.error.agenda-closed"));
            } else if (placement.meetingId() != null) {
                MeetingEntity meeting = ao.get(MeetingEntity.class, placement.meetingId());
                if (meeting == null || meeting.getCouncilId() != stored.councilId() || !upcoming(meeting)) {
                    validation.add(FieldError.of("meetingId", "samraad.hearing.error.meeting"));
                }
            }
            validation.throwIfInvalid();
            if (stored.onLiveAgenda()) {
                throw new HearingOnAgendaException();
            }
            // the meeting before the hearing, in the order approving the minutes takes them, so the two never deadlock
            rowLock.lock(MeetingEntity.class, placement.meetingId());
            int version = versions.claim(HearingEntity.class, id, placement.version());
            AgendaItem item = agenda.add(placement.meetingId(), AgendaItemInput.of(stored.title())
                    .kind(AgendaItemKind.HEARING.name())
                    .closed(false)
                    .casePresentation(stored.summary())
                    .hearingId(id)
                    .attachments(List.of())
                    .build());
            HearingEntity row = ao.get(HearingEntity.class, id);
            row.setAgendaItemId(item.id());
            row.setVersion(version);
            row.save();
            return reads.written(id);
        });
    }

    /**
     * Approves, with the minutes of a meeting, the hearings still in council review whose item on its agenda has a
     * decision: each moves to approved, recorded as done by whoever approved the minutes, with a note naming the
     * meeting. Runs in the approving transaction (see {@link HearingMinutesListener}); the meeting service has
     * checked that the approver may edit the council's space, which holds the hearings too.
     */
    public void approveWithMinutes(MinutesApprovedEvent event) {
        transactions.inTransaction(() -> {
            AgendaItemEntity[] items = ao.find(AgendaItemEntity.class,
                    Query.select().where("MEETING_ID = ? AND HEARING_ID IS NOT NULL", event.meetingId()));
            String note = null;
            for (AgendaItemEntity item : items) {
                if (item.getDecision() == null || item.getDecision().isBlank()) {
                    continue;
                }
                HearingEntity hearing = ao.get(HearingEntity.class, item.getHearingId());
                if (hearing == null || hearing.getCouncilId() != event.councilId()
                        || !HearingStatus.COUNCIL_REVIEW.name().equals(hearing.getStatus())) {
                    continue;
                }
                int version = versions.claim(HearingEntity.class, hearing.getID(), hearing.getVersion());
                hearing.setStatus(HearingStatus.APPROVED.name());
                hearing.setAgendaItemId(item.getID());
                hearing.setVersion(version);
                hearing.save();
                if (note == null) {
                    note = history.minutesNote(event.meetingTitle(), event.meetingDate());
                }
                history.record(hearing.getID(), HearingStatus.COUNCIL_REVIEW, HearingStatus.APPROVED,
                        Date.from(time.now()), note, event.approvedBy());
                LiveContentChangedEvent.forPage(hearing.getPageId()).ifPresent(events::publish);
            }
        });
    }

    private static boolean upcoming(MeetingEntity meeting) {
        MeetingStatus status = MeetingStatus.valueOf(meeting.getStatus());
        return status == MeetingStatus.PLANNED || status == MeetingStatus.AGENDA_PUBLISHED;
    }
}
