package org.samraad.hearing;

import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Map;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.ReadOnlyMode;
import org.samraad.platform.RegisteredEventListener;
import org.samraad.platform.ServiceException;
import org.samraad.platform.ValidationException;
import org.samraad.platform.FormValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the hearing when a response page is created from the hearing response blueprint: the wizard's fields
 * (title, issuing body, reference, received, deadline) become a hearing of the space's council, linked to the new
 * page, through {@link HearingWorkflow#create} as the creating user (same permission checks and validation as the
 * REST API). Idempotent: a page that already has a hearing is left alone. Bad wizard input or a space without a
 * council registers nothing; the page stays, and its hearing macro says no hearing is linked.
 */
@Component
public class HearingBlueprintListener extends RegisteredEventListener {
    public static final String HEARING_RESPONSE = "hearing-response";
    private static final Logger LOG = LoggerFactory.getLogger(HearingBlueprintListener.class);

    private final CouncilService councils;
    private final HearingReads hearings;
    private final HearingWorkflow workflow;
    private final ReadOnlyMode readOnlyMode;

    public HearingBlueprintListener(@ComponentImport EventPublisher events, CouncilService councils,
            HearingReads hearings, HearingWorkflow workflow, ReadOnlyMode readOnlyMode) {
        super(events);
        this.councils = councils;
        this.hearings = hearings;
        this.workflow = workflow;
        this.readOnlyMode = readOnlyMode;
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        Map<String, Object> context = event.getContext();
        if (!FormValues.isOurs(context, HEARING_RESPONSE) || event.getPage() == null) {
            return;
        }
        long pageId = event.getPage().getId();
        String spaceKey = event.getPage().getSpaceKey();
        if (readOnlyMode.skips("registering the hearing of page " + pageId)) {
            return;
        }
        try {
            if (hearings.shown(null, pageId).isPresent()) {
                return;
            }
            Optional<Council> council = councils.inSpace(spaceKey);
            if (council.isEmpty()) {
                LOG.info("No hearing registered for page {}: space {} has no council", pageId, spaceKey);
                return;
            }
            HearingInput input = new HearingInput(
                    FormValues.text(context, "title"),
                    FormValues.text(context, "issuingBody"),
                    FormValues.text(context, "reference"),
                    null, null,
                    FormValues.text(context, "receivedOn"),
                    FormValues.text(context, "deadline"),
                    null, null, pageId, null, null, null, null, null, null);
            Hearing hearing = workflow.create(council.get().id(), input);
            LOG.info("Hearing {} registered for response page {}", hearing.id(), pageId);
        } catch (ValidationException e) {
            LOG.info("No hearing registered for page {} from the blueprint wizard: {}", pageId, e.errors());
        } catch (ServiceException e) {
            LOG.warn("The creator of page {} may not register its hearing: {}", pageId, e.getClass().getSimpleName());
        }
    }
}
