package org.samraad.hearing;

import java.util.List;
import java.util.Locale;
import org.samraad.platform.I18n;
import org.samraad.platform.Paragraphs;
import org.samraad.platform.mail.MailText;

/**
 * The council's response to a hearing as its response page shows it: the response, the dissenting views and the
 * easy-read summary from the hearing record, each under its heading. The response is the council's document, so its
 * headings are in the council's language (and the block says so in {@code lang}), whoever reads it; a response the
 * council has not approved yet says it is a draft.
 *
 * @param language the council's language tag, for the block's {@code lang}
 * @param draftText while the response is not approved: that it is a draft; else null
 * @param text the stored texts as typed, for the editor's form
 */
public record HearingResponseView(
        String language,
        String heading,
        String dissentHeading,
        String easyReadHeading,
        String draftText,
        List<String> responseParagraphs,
        List<String> dissentParagraphs,
        List<String> easyReadParagraphs,
        String responseText,
        String dissentText,
        String easyReadText) {

    public HearingResponseView {
        responseParagraphs = List.copyOf(responseParagraphs);
        dissentParagraphs = List.copyOf(dissentParagraphs);
        easyReadParagraphs = List.copyOf(easyReadParagraphs);
    }

    public boolean hasText() {
        return !responseParagraphs.isEmpty() || !dissentParagraphs.isEmpty() || !easyReadParagraphs.isEmpty();
    }

    public boolean hasResponse() {
        return !responseParagraphs.isEmpty();
    }

    public boolean hasDissent() {
        return !dissentParagraphs.isEmpty();
    }

    public boolean hasEasyRead() {
        return !easyReadParagraphs.isEmpty();
    }

    static HearingResponseView of(Hearing h, String councilLocale, I18n i18n) {
        Locale council = MailText.locale(councilLocale);
        return new HearingResponseView(council.toLanguageTag(),
                i18n.text(council, "samraad.hearing.response.heading"),
                i18n.text(council, "samraad.hearing.response.dissent"),
                i18n.text(council, "samraad.hearing.response.easy-read"),
                h.status().responseFrozen() ? null : i18n.text(council, "samraad.hearing.response.draft"),
                Paragraphs.of(h.response()), Paragraphs.of(h.dissent()), Paragraphs.of(h.easyRead()),
                h.response(), h.dissent(), h.easyRead());
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
