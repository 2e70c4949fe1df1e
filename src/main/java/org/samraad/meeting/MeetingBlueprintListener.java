package org.samraad.meeting;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.ReadOnlyMode;
import org.samraad.platform.RegisteredEventListener;
import org.samraad.platform.ServiceException;
import org.samraad.platform.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the meeting when a page is created from the meeting blueprint: the create-content plugin publishes
 * {@link BlueprintPageCreateEvent} with the wizard's values as context, in the creating user's thread. The meeting is
 * created through {@link MeetingService#create} as that user (same permission checks and validation as
 * {@code POST /councils/{id}/meetings}), linked to the new page, with the page's title and the standing agenda items.
 *
 * <p>A planned meeting is never doubled: the planned meeting picked in the wizard, or the council's planned meeting
 * without a page on the wizard's day, gets the page instead ({@link MeetingService#recordForPage}).
 *
 * <p>Idempotent: a page that already has its meeting is left alone. Bad wizard input, or a space without a council,
 * leaves the page without a meeting; its header then says so, and the meeting can be recorded through the API.
 */
@Component
public class MeetingBlueprintListener extends RegisteredEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(MeetingBlueprintListener.class);

    private final CouncilService councils;
    private final MeetingService meetings;
    private final MeetingAccess access;
    private final ReadOnlyMode readOnlyMode;

    public MeetingBlueprintListener(@ComponentImport EventPublisher events, CouncilService councils,
            MeetingService meetings, MeetingAccess access, ReadOnlyMode readOnlyMode) {
        super(events);
        this.councils = councils;
        this.meetings = meetings;
        this.access = access;
        this.readOnlyMode = readOnlyMode;
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        MeetingWizard wizard = new MeetingWizard(event.getContext());
        Page page = event.getPage();
        if (!wizard.isOurs() || page == null || readOnlyMode.skips("recording the meeting of page " + page.getId())) {
            return;
        }
        Optional<Council> council = councils.inSpace(page.getSpaceKey());
        if (council.isEmpty()) {
            LOG.info("Meeting page {} is in space {}, which has no council: no meeting recorded", page.getId(),
                    page.getSpaceKey());
            return;
        }
        if (access.onPage(page.getId()).isPresent()) {
            return;
        }
        try {
            Meeting meeting = meetings.recordForPage(council.get().id(), wizard.input(page.getTitle(), page.getId()),
                    wizard.plannedMeeting());
            LOG.info("Meeting {} recorded for page {}", meeting.id(), page.getId());
        } catch (ValidationException e) {
            // includes "page taken" when two deliveries of the event race: the other one recorded it
            LOG.info("No meeting recorded for page {} from the wizard: {}", page.getId(), e.errors());
        } catch (ServiceException e) {
            LOG.warn("The creator of page {} may not record its meeting: {}", page.getId(), e.getClass().getSimpleName());
        }
    }
}
