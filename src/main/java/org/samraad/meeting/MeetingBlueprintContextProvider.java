package org.samraad.meeting;

import com.atlassian.plugin.web.ContextProvider;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.Validation;
import java.util.ArrayList;
import org.samraad.platform.DateRule;

/**
 * Titles a new meeting page after the council's pattern (e.g. "Udsatterådet – møde 12. marts 2026"). The
 * create-content plugin takes the page title from the wizard's {@code title} field, else from the template
 * context's {@value #PAGE_TITLE} key, which is what {@code BlueprintContext.setTitle} writes; the meeting wizard
 * has no title field, so the title always follows the council's pattern. Without a council in the space, or with
 * a date that does not parse, no title is set and the user is asked for one.
 */
public class MeetingBlueprintContextProvider implements ContextProvider {
    static final String PAGE_TITLE = "ContentPageTitle";

    private final CouncilService councils;
    private final MeetingTitles titles;

    public MeetingBlueprintContextProvider(CouncilService councils, MeetingTitles titles) {
        this.councils = councils;
        this.titles = titles;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        MeetingWizard wizard = new MeetingWizard(context);
        String spaceKey = wizard.text("spaceKey");
        MeetingKind kind = Validation.parse(wizard.text("meetingKind"), MeetingKind.class);
        LocalDate date = date(wizard.text("meetingDate"));
        if (kind == null || date == null) {
            return result;
        }
        councils.inSpace(spaceKey).ifPresent((Council council) -> result.put(PAGE_TITLE, titles.title(council, kind, date)));
        return result;
    }

    /** Only a day the meeting service would accept gets a title; the service reports what is wrong. */
    private static LocalDate date(String value) {
        return DateRule.day("meetingDate", value, new ArrayList<>());
    }
}
