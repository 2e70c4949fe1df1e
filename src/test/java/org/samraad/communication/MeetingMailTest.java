package org.samraad.communication;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.Test;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.MailMime;
import org.samraad.meeting.AgendaAttachment;
import org.samraad.meeting.AgendaAudience;
import org.samraad.meeting.AgendaItem;
import org.samraad.meeting.AgendaItemKind;
import org.samraad.meeting.Meeting;
import org.samraad.meeting.MeetingKind;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.I18n;
import org.samraad.platform.mail.QueuedMail;
import org.samraad.testing.FakeConfluence;

/**
 * One dispatch's mail: in the council's language, accessible HTML with the same text as a plain part, every value
 * escaped, only open attachments linked, closed items by number only, decisions only in minutes, and an iCalendar
 * REQUEST or CANCEL that ical4j parses (stable UID, the given SEQUENCE, organiser and attendee).
 */
public class MeetingMailTest {
    private static final I18n I18N = new FakeConfluence().i18n(new HostI18nResolver(List.of("i18n.samraad")));
    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Meeting MEETING = new Meeting(41, 7, 9001L, "Ordinært møde " + HOSTILE, MeetingKind.ORDINARY,
            MeetingStatus.AGENDA_PUBLISHED, LocalDateTime.of(2026, 12, 10, 17, 0), LocalDateTime.of(2026, 12, 10, 19, 0),
            "Europe/Copenhagen", "Rådhuset, lokale 2", false, null, null, null, NOW, NOW, null, null, null, null, null, null,
            3,
            null, null, List.of(), null);
    private static final Addressee MARIA = new Addressee("member:5", "Maria Hansen", "maria@nordby.dk",
            AgendaAudience.INSIDER, true);

    private final MeetingMail mail = new MeetingMail(I18N, Locale.forLanguageTag("da"), MEETING, "Udsatterådet", "UDS",
            "https://wiki.nordby.dk/");

    @Test
    public void anInvitationIsDanishAccessibleHtmlWithAPlainPartAndEveryValueEscaped() {
        QueuedMail sent = mail.mail(DispatchKind.INVITATION, MARIA, List.of(item(1, "Budget " + HOSTILE, false)), 3,
                new String[] {"Sofie Sekretær", "sekretariat@nordby.dk"}, NOW);

        assertEquals("maria@nordby.dk", sent.to());
        assertEquals("Indkaldelse og dagsorden: Ordinært møde " + HOSTILE, sent.subject());
        assertTrue(sent.isHtml());
        String html = sent.body();
        assertTrue(html, html.contains("<html lang=\"da\">") && html.contains("<title>"));
        assertTrue(html.contains("<h2>Dagsorden</h2>") && html.contains("<ol"));
        assertFalse("escaped", html.contains("<script>"));
        assertTrue(html.contains("Budget &lt;script&gt;"));
        assertTrue("the page, absolute", html.contains("https://wiki.nordby.dk/pages/viewpage.action?pageId=9001"));
        assertTrue("an open link attachment", html.contains("https://nordby.example/budget.pdf"));
        assertFalse("never a closed one", html.contains("loen.pdf"));
        assertTrue("easy-read with the item", html.contains("Kort fortalt: Vi taler om penge."));
        assertFalse("no decision in an agenda", html.contains("Beslutning"));
        String text = sent.textBody();
        assertTrue(text, text.contains("Kære Maria Hansen") && text.contains("DAGSORDEN")
                && text.contains("1. 17:00 Budget " + HOSTILE) && text.contains("Hvor: Rådhuset, lokale 2"));
    }

    /**
     * What the mail server is handed for an invitation: mixed(alternative(plain, HTML), calendar REQUEST), UTF-8
     * throughout, and the plain part says what the HTML says: every text of the HTML's body, unescaped, is in it.
     */
    @Test
    public void anInvitationTravelsAsPlainTextAndHtmlAlternativesWithTheCalendarRequestAfterThem() {
        QueuedMail sent = mail.mail(DispatchKind.INVITATION, MARIA, List.of(item(1, "Budget " + HOSTILE, false)), 3,
                new String[] {"Sofie Sekretær", "sekretariat@nordby.dk"}, NOW);
        MailMime.Wire wire = MailMime.of(sent);
        assertEquals("multipart/mixed(multipart/alternative(text/plain; charset=UTF-8, text/html; charset=UTF-8), "
                + "text/calendar; method=REQUEST; charset=UTF-8; name=invitation.ics)", wire.structure());
        String plain = wire.rows().get(2).content().replace("\r\n", "\n");
        String html = wire.rows().get(3).content();
        html = html.substring(html.indexOf("<body"));
        java.util.regex.Matcher texts = java.util.regex.Pattern.compile(">([^<>]+)<").matcher(html);
        int compared = 0;
        while (texts.find()) {
            String text = texts.group(1).strip().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&");
            if (!text.isEmpty() && !text.startsWith("http")) {
                compared++;
                assertTrue("the plain part says \"" + text + "\" too:\n" + plain,
                        plain.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)));
            }
        }
        assertTrue(compared + " texts compared", compared >= 8);
        assertTrue(wire.rows().get(4).content().contains("METHOD:REQUEST"));
    }

    @Test
    public void aCancellationTravelsWithACalendarCancel() {
        QueuedMail sent = mail.mail(DispatchKind.CANCELLATION, MARIA, List.of(), 4, new String[] {"S", "s@x.dk"}, NOW);
        assertTrue(MailMime.of(sent).structure(), MailMime.of(sent).structure().endsWith(
                "text/calendar; method=CANCEL; charset=UTF-8; name=invitation.ics)"));
    }

    @Test
    public void aClosedItemIsOnlyItsNumberAndTimeAndMinutesCarryTheDecision() {
        QueuedMail sent = mail.mail(DispatchKind.MINUTES_APPROVED, MARIA,
                List.of(item(1, "Åbent punkt", false), item(2, "Personsag", true)), 5, new String[] {"S", "s@x.dk"}, NOW);
        assertEquals("Godkendt referat: Ordinært møde " + HOSTILE, sent.subject());
        assertTrue(sent.textBody(), sent.textBody().contains("REFERAT") && sent.textBody().contains("Beslutning: Vedtaget"));
        assertTrue(sent.textBody().contains("2. 17:30 Lukket punkt"));
        assertFalse(sent.textBody().contains("Personsag"));
        assertTrue("the open item's case number: " + sent.textBody(), sent.textBody().contains("Sagsnr. 2009-20169"));
        assertEquals("never a closed item's", 1, sent.textBody().split("Sagsnr\\.", -1).length - 1);
        assertTrue("the bilag's document number", sent.body().contains("(Dokumentnr. 64637/19)"));
        assertEquals("minutes carry no calendar message", List.of(), sent.attachments());
    }

    @Test
    public void theInvitationIsAnICalendarRequestWithTheMeetingsUidAndSequenceThatIcal4jParses() throws Exception {
        QueuedMail sent = mail.mail(DispatchKind.INVITATION, MARIA, List.of(), 3,
                new String[] {"Sofie \"Sekretær\"", "sekretariat@nordby.dk"}, NOW);
        assertEquals(1, sent.attachments().size());
        assertEquals("text/calendar; method=REQUEST; charset=UTF-8", sent.attachments().get(0).contentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(sent.attachments().get(0).content()));
        calendar.validate();
        assertEquals("REQUEST", calendar.getMethod().getValue());
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT);
        assertEquals("meeting-41@samraad.UDS", event.getUid().getValue());
        assertEquals(3, event.getSequence().getSequenceNo());
        assertEquals(Instant.parse("2026-12-10T16:00:00Z"), event.getStartDate().getDate().toInstant());
        assertEquals("mailto:sekretariat@nordby.dk", event.getOrganizer().getValue());
        assertEquals("mailto:maria@nordby.dk", event.getProperty(Property.ATTENDEE).getValue());
        assertEquals("CONFIRMED", event.getStatus().getValue());
    }

    @Test
    public void aCancellationIsAnICalendarCancelOfTheSameEvent() throws Exception {
        QueuedMail sent = mail.mail(DispatchKind.CANCELLATION, MARIA, List.of(), 6, new String[] {"S", "s@x.dk"}, NOW);
        assertEquals("Aflyst: Ordinært møde " + HOSTILE, sent.subject());
        Calendar calendar = new CalendarBuilder().build(new StringReader(sent.attachments().get(0).content()));
        calendar.validate();
        assertEquals("CANCEL", calendar.getMethod().getValue());
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT);
        assertEquals("meeting-41@samraad.UDS", event.getUid().getValue());
        assertEquals(6, event.getSequence().getSequenceNo());
        assertEquals("CANCELLED", event.getStatus().getValue());
    }

    @Test
    public void aSwedishCouncilsMailIsSwedish() {
        MeetingMail swedish = new MeetingMail(I18N, Locale.forLanguageTag("sv"), MEETING, "Brukarrådet", "BR",
                "https://wiki.example/");
        QueuedMail sent = swedish.mail(DispatchKind.UPDATE, MARIA, List.of(), 4, new String[] {"S", "s@x.se"}, NOW);
        assertTrue(sent.subject(), sent.subject().startsWith("Flyttat: "));
        assertTrue(sent.body().contains("<html lang=\"sv\">"));
        assertTrue(sent.textBody(), sent.textBody().contains("Hej Maria Hansen,") && sent.textBody().contains("Var: "));
    }

    private static AgendaItem item(int number, String title, boolean restricted) {
        OffsetDateTime start = OffsetDateTime.of(2026, 12, 10, 17, 0, 0, 0, ZoneOffset.ofHours(1))
                .plusMinutes(30L * (number - 1));
        List<AgendaAttachment> attachments = List.of(
                new AgendaAttachment(1, 1, "Budgetnotat", null, "https://nordby.example/budget.pdf", false, false,
                        "64637/19"),
                new AgendaAttachment(2, 2, "Lønbilag", null, "https://nordby.example/loen.pdf", true, false, null));
        return new AgendaItem(number, 41, number, number, restricted ? null : title, AgendaItemKind.DECISION, null,
                null, null, false, 30, start, restricted, restricted, null, null, restricted ? null : "Vedtaget", null,
                restricted ? null : "Vi taler om penge.", null, null, restricted ? List.of() : attachments, 0, List.of(),
                restricted ? null : "2009-20169");
    }
}
