package org.samraad.meeting;

import java.time.LocalDate;
import java.util.Locale;
import org.samraad.council.Council;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;
import org.springframework.stereotype.Component;

/**
 * A new meeting's title from its council's pattern ({council}, {kind}, {date}), in the council's language, not the
 * reader's: the page title is the council's, e.g. "Udsatterådet – møde 12. marts 2026".
 */
@Component
public class MeetingTitles {
    private final I18n i18n;

    public MeetingTitles(I18n i18n) {
        this.i18n = i18n;
    }

    public String title(Council council, MeetingKind kind, LocalDate date) {
        Locale language = Locale.forLanguageTag(council.locale());
        String kindWord = i18n.text(language, "samraad.meeting.title-kind." + kind.name());
        String day = ReaderDates.of(language).day(date);
        // one pass, so a council name containing "{date}" stays as typed
        StringBuilder title = new StringBuilder();
        String pattern = council.titlePattern();
        int at = 0;
        while (at < pattern.length()) {
            if (pattern.startsWith("{council}", at)) {
                title.append(council.name());
                at += "{council}".length();
            } else if (pattern.startsWith("{kind}", at)) {
                title.append(kindWord);
                at += "{kind}".length();
            } else if (pattern.startsWith("{date}", at)) {
                title.append(day);
                at += "{date}".length();
            } else {
                title.append(pattern.charAt(at++));
            }
        }
        return title.toString().strip();
    }
}
