package org.samraad.council;

import static org.samraad.platform.FormValues.text;

import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Map;
import org.samraad.platform.I18n;
import org.samraad.platform.ReadOnlyMode;
import org.samraad.platform.ServiceException;
import org.samraad.platform.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.samraad.platform.FormValues;
import org.samraad.platform.RegisteredEventListener;
import org.springframework.stereotype.Component;

/**
 * Sets up the council when a space or page is created from one of our blueprints, as Confluence plugins do: the
 * create-content plugin publishes {@link SpaceBlueprintCreateEvent} / {@link BlueprintPageCreateEvent} with the
 * wizard's form values as context, in the creating user's thread. Our wizards carry a hidden field
 * {@value #BLUEPRINT_FIELD} naming the blueprint, so other plugins' blueprints (and the non-API blueprint types)
 * are never looked at.
 *
 * <p>The council is created through {@link CouncilService#create} as the creating user: same permission checks
 * and validation as the REST API. Idempotent: a space that already has a council is left alone (the member list
 * wizard's council fields only matter for a space without one). Bad wizard input (a blank council name, an
 * unknown kind) creates no council and is not an error for the space: the space and its home page stay, and the
 * home page's council overview offers space administrators its set-up form, where the same validation speaks
 * in the user's language. The event cannot undo the space, and it should not. The council's language is the
 * wizard's choice, else the creating user's, so a Swedish group's council is Swedish from the start (its meeting
 * titles and standing items in Swedish).
 */
@Component
public class CouncilBlueprintListener extends RegisteredEventListener {
    /** The hidden wizard field that names our blueprint. */
    public static final String BLUEPRINT_FIELD = FormValues.BLUEPRINT_FIELD;
    public static final String COUNCIL_SPACE = "council-space";
    public static final String MEMBER_LIST = "member-list";
    public static final String COUNCIL_NAME_FIELD = "councilName";
    public static final String COUNCIL_KIND_FIELD = "councilKind";
    /** da, sv or en; left empty, the council gets the creating user's language. */
    public static final String COUNCIL_LOCALE_FIELD = "councilLocale";

    private static final Logger LOG = LoggerFactory.getLogger(CouncilBlueprintListener.class);

    private final CouncilService councils;
    private final ReadOnlyMode readOnlyMode;
    private final I18n i18n;

    public CouncilBlueprintListener(@ComponentImport EventPublisher events, CouncilService councils,
            ReadOnlyMode readOnlyMode, I18n i18n) {
        super(events);
        this.councils = councils;
        this.readOnlyMode = readOnlyMode;
        this.i18n = i18n;
    }

    @EventListener
    public void onSpaceBlueprintCreated(SpaceBlueprintCreateEvent event) {
        if (isOurs(event.getContext(), COUNCIL_SPACE) && event.getSpace() != null) {
            setUpCouncil(event.getSpace().getKey(), event.getContext());
        }
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        if (isOurs(event.getContext(), MEMBER_LIST)) {
            setUpCouncil(event.getPage().getSpaceKey(), event.getContext());
        }
    }

    private void setUpCouncil(String spaceKey, Map<String, Object> context) {
        if (spaceKey == null || readOnlyMode.skips("setting up the council of space " + spaceKey)
                || councils.inSpace(spaceKey).isPresent()) {
            return;
        }
        String locale = text(context.get(COUNCIL_LOCALE_FIELD));
        if (locale == null || locale.isBlank()) {
            locale = CouncilSettings.localeFor(i18n.readerLocale());
        }
        CouncilInput input = new CouncilInput(spaceKey, text(context.get(COUNCIL_NAME_FIELD)),
                text(context.get(COUNCIL_KIND_FIELD)), null, locale, null, null, null, null, null, null, null, null, null);
        try {
            Council council = councils.create(input);
            LOG.info("Council {} set up for space {} from a blueprint", council.id(), spaceKey);
        } catch (ValidationException e) {
            // includes "space taken" when two creations race: the other one set the council up
            LOG.info("No council set up for space {} from the blueprint wizard: {}", spaceKey, e.errors());
        } catch (ServiceException e) {
            LOG.warn("The creator of space {} may not set up its council: {}", spaceKey, e.getClass().getSimpleName());
        }
    }

    private static boolean isOurs(Map<String, Object> context, String blueprint) {
        return FormValues.isOurs(context, blueprint);
    }
}
