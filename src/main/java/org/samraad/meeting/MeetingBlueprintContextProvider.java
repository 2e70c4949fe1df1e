package org.samraad.meeting;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.time.format.DateTimeParseException;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.I18n;
import org.samraad.platform.ServiceException;
import org.samraad.platform.UniquePageTitles;
import org.samraad.platform.Validation;
import java.util.ArrayList;
import org.samraad.platform.DateRule;

/**
 * Titles a new meeting page after the council's pattern (e.g. "Udsatterådet – møde 12. marts 2026"), or "… (2)"
 * when the space has a page of that title. The meeting wizard has no title field, and the create-content plugin
 * saves the context's title ({@code BlueprintContext.setTitle}) unchecked, or an empty one when none is set, so a
 * title is always set here: without a council in the space, or with a kind or date that does not parse, it is the
 * template's name (the listener then records no meeting).
 */
public class MeetingBlueprintContextProvider extends AbstractBlueprintContextProvider {
    static final String PAGE_TITLE = "ContentPageTitle";

    private final CouncilService councils;
    private final MeetingTitles titles;
    private final UniquePageTitles uniqueTitles;
    private final I18n i18n;
    private final MeetingAccess meetings;

    public MeetingBlueprintContextProvider(CouncilService councils, MeetingTitles titles, UniquePageTitles uniqueTitles,
            I18n i18n, MeetingAccess meetings) {
        this.councils = councils;
        this.titles = titles;
        this.uniqueTitles = uniqueTitles;
        this.i18n = i18n;
        this.meetings = meetings;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        MeetingWizard wizard = new MeetingWizard(context.getMap());
        String spaceKey = wizard.text("spaceKey");
        MeetingKind kind = Validation.parse(wizard.text("meetingKind"), MeetingKind.class);
        LocalDate date = date(wizard.text("meetingDate"));
        String title = planned(wizard.plannedMeeting());
        if (title == null) {
            title = kind == null || date == null ? null
                    : councils.inSpace(spaceKey).map((Council council) -> titles.title(council, kind, date)).orElse(null);
        }
        if (title == null || title.isBlank()) {
            title = i18n.text("samraad.meeting.blueprint.template.name");
        }
        context.setTitle(uniqueTitles.unique(spaceKey, title));
        return context;
    }

    /** A planned meeting picked in the wizard gives the page its title (the listener binds the page to it). */
    private String planned(Integer meetingId) {
        if (meetingId == null) {
            return null;
        }
        try {
            return meetings.view(meetingId).meeting().title();
        } catch (ServiceException e) {
            return null;
        }
    }

    /** Only a day the meeting service would accept gets a title; the service reports what is wrong. */
    private static LocalDate date(String value) {
        return DateRule.day("meetingDate", value, new ArrayList<>());
    }
}
