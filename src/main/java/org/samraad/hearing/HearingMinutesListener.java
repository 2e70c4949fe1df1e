package org.samraad.hearing;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.samraad.meeting.MinutesApprovedEvent;
import org.samraad.platform.RegisteredEventListener;
import org.springframework.stereotype.Component;

/**
 * Approving a meeting's minutes approves the hearing responses decided at it (see
 * {@link HearingAgenda#approveWithMinutes}). The meeting package only publishes the event, so it need not know
 * about hearings; the listener runs in the approving transaction.
 */
@Component
public class HearingMinutesListener extends RegisteredEventListener {
    private final HearingAgenda hearings;

    public HearingMinutesListener(@ComponentImport EventPublisher events, HearingAgenda hearings) {
        super(events);
        this.hearings = hearings;
    }

    @EventListener
    public void onMinutesApproved(MinutesApprovedEvent event) {
        hearings.approveWithMinutes(event);
    }
}
