package org.samraad.involvement;

import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.involvement.InvolvementSettingsInput.TopicInput;
import org.samraad.platform.FormValues;
import org.samraad.platform.I18n;
import org.samraad.platform.ReadOnlyMode;
import org.samraad.platform.RegisteredEventListener;
import org.samraad.platform.ServiceException;
import org.samraad.platform.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets up the council's involvement process when a page is created from the involvement blueprint and the process
 * was never saved: the example's five target groups and three dimensions in the council's language, which the
 * secretary then changes to the process's own, and the wizard's deadline. Through
 * {@link InvolvementSettingsService#update} as the creating user (same permission checks and validation as the REST
 * API). A process already set up is left alone; a bad deadline sets up the lists without it.
 */
@Component
public class InvolvementBlueprintListener extends RegisteredEventListener {
    public static final String INVOLVEMENT = "involvement";
    static final int EXAMPLE_GROUPS = 5;
    static final int EXAMPLE_DIMENSIONS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(InvolvementBlueprintListener.class);

    private final CouncilService councils;
    private final InvolvementSettingsService settings;
    private final ReadOnlyMode readOnlyMode;
    private final I18n i18n;

    public InvolvementBlueprintListener(@ComponentImport EventPublisher events, CouncilService councils,
            InvolvementSettingsService settings, ReadOnlyMode readOnlyMode, I18n i18n) {
        super(events);
        this.councils = councils;
        this.settings = settings;
        this.readOnlyMode = readOnlyMode;
        this.i18n = i18n;
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        Map<String, Object> context = event.getContext();
        if (!FormValues.isOurs(context, INVOLVEMENT) || event.getPage() == null) {
            return;
        }
        String spaceKey = event.getPage().getSpaceKey();
        if (readOnlyMode.skips("setting up the involvement process of space " + spaceKey)) {
            return;
        }
        try {
            Optional<Council> council = councils.inSpace(spaceKey);
            if (council.isEmpty() || settings.stored(council.get().id()).rowId() != null) {
                return;
            }
            Locale locale = Locale.forLanguageTag(council.get().locale());
            String deadline = FormValues.text(context, "deadline");
            try {
                settings.update(council.get().id(), example(locale, deadline));
            } catch (ValidationException e) {
                LOG.info("Involvement process of council {} set up without the wizard's deadline: {}",
                        council.get().id(), e.errors());
                settings.update(council.get().id(), example(locale, null));
            }
        } catch (ServiceException e) {
            LOG.warn("The creator of an involvement page in {} may not set up the process: {}", spaceKey,
                    e.getClass().getSimpleName());
        }
    }

    private InvolvementSettingsInput example(Locale locale, String deadline) {
        return new InvolvementSettingsInput(topics(locale, "group", EXAMPLE_GROUPS),
                topics(locale, "dimension", EXAMPLE_DIMENSIONS), deadline, List.of(), 0);
    }

    private List<TopicInput> topics(Locale locale, String kind, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new TopicInput(null, i18n.text(locale, "samraad.involvement.example." + kind + "." + n)))
                .toList();
    }
}
