package org.samraad.communication;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.samraad.meeting.AgendaRequestAnsweredEvent;
import org.samraad.meeting.MeetingDeletedEvent;
import org.samraad.meeting.MeetingMovedEvent;
import org.samraad.meeting.MeetingStatus;
import org.samraad.meeting.MeetingStepTakenEvent;
import org.samraad.platform.RegisteredEventListener;
import org.springframework.stereotype.Component;

/**
 * What goes out when a meeting takes a step: the invitation with the agenda when it is published, an update when a
 * meeting whose agenda went out moves, a cancellation when such a meeting is cancelled, the minutes when approved
 * and when published; the requester of an agenda request hears the answer. The meeting package only publishes the events; this listener runs in the step's transaction.
 */
@Component
public class MeetingCommunicationListener extends RegisteredEventListener {
    private final MeetingDispatch dispatch;

    public MeetingCommunicationListener(@ComponentImport EventPublisher events, MeetingDispatch dispatch) {
        super(events);
        this.dispatch = dispatch;
    }

    @EventListener
    public void onStep(MeetingStepTakenEvent event) {
        DispatchKind kind = switch (event.to()) {
            case AGENDA_PUBLISHED -> DispatchKind.INVITATION;
            case MINUTES_APPROVED -> DispatchKind.MINUTES_APPROVED;
            case PUBLISHED -> DispatchKind.MINUTES_PUBLISHED;
            // only those who were invited are told: nothing went out for a meeting still being planned
            case CANCELLED -> event.from() == MeetingStatus.AGENDA_PUBLISHED ? DispatchKind.CANCELLATION : null;
            default -> null;
        };
        if (kind != null) {
            dispatch.send(event.meetingId(), kind, event.version());
        }
    }

    @EventListener
    public void onRequestAnswered(AgendaRequestAnsweredEvent event) {
        dispatch.sendRequestAnswer(event);
    }

    /**
     * A deleted meeting whose agenda had gone out is cancelled for those invited first; its guests and dispatch log
     * go with it.
     */
    @EventListener
    public void onDeleted(MeetingDeletedEvent event) {
        if (event.status() == MeetingStatus.AGENDA_PUBLISHED) {
            dispatch.send(event.meetingId(), DispatchKind.CANCELLATION, event.version() + 1);
        }
        dispatch.forget(event.meetingId());
    }

    @EventListener
    public void onMoved(MeetingMovedEvent event) {
        dispatch.send(event.meetingId(), DispatchKind.UPDATE, event.version());
    }
}
