package org.samraad.meeting;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.PageLinks;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.ValidationException;
import org.samraad.platform.mail.MailText;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda as its macro shows it: what {@link AgendaMacro} renders in a page, what the live page's script
 * fetches after a save to put in the macro's place ({@code GET /meetings/{id}/agenda/view?view=}), and the easy-read
 * version as a page of its own ({@code GET /meetings/{id}/agenda/easy-read}), which every meeting page links. One
 * view, so all three show an agenda alike. Three statements: the meeting, its items, its actions.
 */
@Component
public class AgendaSection {
    static final String TEMPLATE = "templates/meeting/agenda.vm";

    private final MeetingAccess meetings;
    private final AgendaService agenda;
    private final MacroRenderer renderer;
    private final I18n i18n;
    private final MeetingLinks links;
    private final PageLinks pages;

    public AgendaSection(MeetingAccess meetings, AgendaService agenda, MacroRenderer renderer, I18n i18n,
            MeetingLinks links, PageLinks pages) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.renderer = renderer;
        this.i18n = i18n;
        this.links = links;
        this.pages = pages;
    }

    /**
     * The template's model for {@code view} (AUTO resolved here), or empty when there is nothing to show: the closed
     * view for someone who may not see closed items, or of an agenda without any.
     *
     * @param backTo shown in place of that view in the live page (the easy-read link): the view to go back to
     */
    Optional<Map<String, Object>> model(MeetingContext m, AgendaViewKind requested, boolean interactive,
            boolean export, AgendaViewKind backTo) {
        AgendaViewKind view = requested;
        if (view == AgendaViewKind.CLOSED && !MeetingDisclosure.of(m).closedItems()) {
            // the page itself holds everything else of the minutes; others see no trace of the closed items
            return Optional.empty();
        }
        view = view.forStatus(m.meeting().status(), MeetingDisclosure.of(m).record());
        AgendaAudience audience = view == AgendaViewKind.PUBLIC ? AgendaAudience.PUBLIC : AgendaAudience.of(m);
        List<AgendaItem> items = agenda.agenda(m, audience);
        if (view == AgendaViewKind.CLOSED) {
            items = items.stream().filter(AgendaItem::closed).toList();
            view = AgendaViewKind.MINUTES;
            if (items.isEmpty()) {
                return Optional.empty();
            }
        }
        Map<String, String> names = new HashMap<>();
        Map<String, Object> model = new HashMap<>();
        model.put("agenda", AgendaView.of(m, view, items, agenda.followUp(m), interactive, export,
                MacroRenderer.uniqueElementId("samraad-agenda-" + m.meeting().id()), i18n.remembering(),
                key -> names.computeIfAbsent(key, agenda::fullName), links::page, pages.base(), backTo));
        Instant erasedAt = agenda.minutesErasedAt(m);
        if (erasedAt != null) {
            // approved minutes do not change, except that a person's name is erased: they say so
            model.put("erasedText", i18n.text("samraad.agenda.erased",
                    ReaderDates.of(i18n).day(java.time.LocalDate.ofInstant(erasedAt, m.zone()))));
        }
        return Optional.of(model);
    }

    /**
     * The live page's agenda section as HTML, to put in the macro's place after a change (404 for a meeting the
     * caller cannot view; 400 for an unknown view). {@code back}: the view an easy-read version shown in place
     * goes back to.
     */
    public String html(int meetingId, String view, String back) {
        AgendaViewKind kind = AgendaViewKind.byParameter(view);
        AgendaViewKind backTo = back == null || back.isBlank() ? null : AgendaViewKind.byParameter(back);
        if (kind == null || (back != null && !back.isBlank() && backTo == null)) {
            throw new ValidationException(FieldError.of("view", "samraad.agenda.macro.bad-view"));
        }
        MeetingContext m = meetings.view(meetingId);
        return model(m, kind, true, false, backTo)
                .map(model -> renderer.renderFragment(TEMPLATE, model)).orElse("");
    }

    /**
     * The easy-read version as a page of its own, in the reader's language: what a meeting page's "Easy-read
     * version" link opens, without a page to make or a number to look up.
     */
    public String easyReadPage(int meetingId) {
        MeetingContext m = meetings.view(meetingId);
        String section = model(m, AgendaViewKind.EASY_READ, false, false, null)
                .map(model -> renderer.renderFragment(TEMPLATE, model)).orElse("");
        String title = m.meeting().title() != null ? m.meeting().title() : m.council().name();
        Locale reader = i18n.readerLocale();
        String back = m.meeting().pageId() == null ? ""
                : "<p><a href=\"" + MailText.escape(links.page(m.meeting().pageId())) + "\">"
                        + MailText.escape(i18n.text("samraad.agenda.easy-read.back")) + "</a></p>";
        return "<!DOCTYPE html>\n<html lang=\"" + ReaderDates.of(reader).locale().getLanguage() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + MailText.escape(i18n.text("samraad.agenda.easy-read.page-title", title)) + "</title></head>"
                + "<body><main><h1" + ContentLanguage.of(m.council().locale(), i18n).attribute() + ">"
                + MailText.escape(title) + "</h1>" + section + back + "</main></body></html>";
    }
}
