package org.samraad.council;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;

/**
 * The council settings form of the council overview, for space administrators: the council as stored (plain text
 * values, the form sends them back with the version through {@code PUT /councils/{id}}) and the choices in the
 * reader's language. The template compares the stored values with the options; it may call nothing else.
 *
 * @param hearingReminderDays the days as the secretary types them, "7, 2"
 * @param minutesTerm MINUTES, NOTES, or empty for the language's usual word
 * @param publicationPageId the publication page's id as text, or empty for none: the form shows the page by its
 *     title (read in the browser through Confluence's content API) and the secretary picks another by title
 */
public record CouncilSettingsView(
        int id,
        int version,
        String name,
        String kind,
        String purpose,
        String locale,
        int requestDays,
        int dispatchDays,
        int minutesDays,
        String meetingTitlePattern,
        int actionReminderDays,
        String hearingReminderDays,
        String minutesTerm,
        String publicationPageId,
        List<OptionView> kinds,
        List<OptionView> locales,
        List<OptionView> minutesTerms) {

    public CouncilSettingsView {
        kinds = List.copyOf(kinds);
        locales = List.copyOf(locales);
        minutesTerms = List.copyOf(minutesTerms);
    }

    static CouncilSettingsView of(Council council, I18n i18n) {
        List<OptionView> terms = new ArrayList<>();
        terms.add(new OptionView("", i18n.text("samraad.council.minutes-term.default")));
        Arrays.stream(MinutesTerm.values())
                .map(term -> new OptionView(term.name(), i18n.text("samraad.council.minutes-term." + term.name())))
                .forEach(terms::add);
        return new CouncilSettingsView(
                council.id(),
                council.version(),
                council.name(),
                council.kind().name(),
                council.purpose() == null ? "" : council.purpose(),
                council.locale(),
                council.requestDays(),
                council.dispatchDays(),
                council.minutesDays(),
                council.meetingTitlePattern() == null ? "" : council.meetingTitlePattern(),
                council.actionReminderDays(),
                council.hearingReminderDays().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                council.minutesTerm() == null ? "" : council.minutesTerm().name(),
                council.publicationPageId() == null ? "" : council.publicationPageId().toString(),
                Arrays.stream(CouncilKind.values())
                        .map(kind -> new OptionView(kind.name(), i18n.text("samraad.council.kind." + kind.name())))
                        .toList(),
                CouncilSettings.LOCALE_ORDER.stream()
                        .map(locale -> new OptionView(locale, i18n.text("samraad.council.locale." + locale)))
                        .toList(),
                terms);
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
