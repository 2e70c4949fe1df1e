package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.samraad.council.MemberRole;
import org.samraad.council.PersonStanding;

/**
 * What approved minutes write into a page: static storage format, well-formed and escaped, in the council's
 * language, holding only what the page's readers may see (the services already hand it the reader's version: a
 * closed item restricted to its number, hidden names as placeholders).
 */
public class MinutesStorageFormatTest {
    private static final MinutesStorageFormat.Texts DANISH = texts("i18n/samraad_da.properties", new Locale("da"));
    private static final MinutesStorageFormat.Texts ENGLISH = texts("i18n/samraad.properties", Locale.ENGLISH);

    @Test
    public void aFollowUpThatLeavesOpenActionsOutSaysSoInTheCouncilsLanguage() {
        String all = MinutesStorageFormat.minutes(minutes(), DANISH, new Locale("da"), key -> "Ulla Udvalg");
        String bounded = MinutesStorageFormat.minutes(minutes(true), DANISH, new Locale("da"), key -> "Ulla Udvalg");

        assertFalse(all.contains("vist her"));
        assertTrue(bounded, bounded.contains("<td>Åben</td></tr></tbody></table>"
                + "<p>Flere åbne opfølgningspunkter er ikke vist her.</p>"));
    }

    @Test
    public void theMinutesHoldTheMeetingsFactsAttendanceItemsDecisionsDissentAttachmentsAndActionsInTheCouncilsLanguage() {
        String page = MinutesStorageFormat.minutes(minutes(), DANISH, new Locale("da"), key -> "Ulla Udvalg");

        assertTrue(page, page.startsWith("<h2>Referat: Udsatterådet – møde 3. december 2026</h2>"));
        assertTrue(page, page.contains("<tr><th>Dato</th><td>3. december 2026</td></tr>"));
        assertTrue(page, page.contains("<td>17:00–19:00</td>"));
        assertTrue(page, page.contains("<td>Rådhuset, lokale 2</td>"));
        assertTrue("seed 004's note-taker (antecknar) among the facts: " + page,
                page.contains("<tr><th>Referent</th><td>David Notat</td></tr>"));
        assertTrue(page, page.contains("<li>Mona Medlem</li>"));
        assertTrue(page, page.contains("<li>Sara Sekretær, suppleant for Jonas Bech</li>"));
        assertTrue(page, page.contains("<h3>4. Budget 2027</h3>"));
        assertTrue(page, page.contains("<p><strong>Beslutning:</strong> Vedtaget med 2 mio. kr.</p>"));
        assertTrue(page, page.contains("<p><strong>Mindretalsudtalelser:</strong> Jonas Bech stemte imod.</p>"));
        assertTrue(page, page.contains("Bilag 1: <a href=\"https://nordby.dk/budget.pdf\">Budgetnotat</a>"));
        assertTrue(page, page.contains("<td>Skriv til kommunen</td><td>Ulla Udvalg</td>"));
        assertTrue("the follow-up lists the council's open actions: " + page, page.contains("<td>Varmestuer</td>"));
    }

    @Test
    public void eachItemReadsLikeMinutesTheDecisionFirstThenOneCompactLineOfKindPresenterAndTime() {
        String page = MinutesStorageFormat.minutes(minutes(), DANISH, new Locale("da"), key -> "Ulla Udvalg");

        assertTrue(page, page.contains("<h3>4. Budget 2027</h3><p><strong>Beslutning:</strong> Vedtaget med 2 mio. kr."
                + "</p><p>Beslutning · Sagsnr. 2009-20169 · 17:10</p>"));
        assertTrue("a standing item without a decision is its compact line only: " + page,
                page.contains("<h3>1. Godkendelse af dagsorden</h3><p>Fast punkt · 17:00</p>"));
        assertFalse("no table of facts per item: " + page, page.contains("Starter kl."));
        assertFalse(page, page.contains("Varighed"));
    }

    @Test
    public void theCaseNumberIsInTheItemsLineAndTheDocumentNumberBesideItsBilagAsTheMunicipalityWritesThem() {
        String danish = MinutesStorageFormat.minutes(minutes(), DANISH, new Locale("da"), key -> "Ulla Udvalg");
        String english = MinutesStorageFormat.minutes(minutes(), ENGLISH, Locale.ENGLISH, key -> "Ulla Udvalg");

        assertTrue(danish, danish.contains("<p>Beslutning · Sagsnr. 2009-20169 · 17:10</p>"));
        assertTrue(danish, danish.contains("Bilag 1: <a href=\"https://nordby.dk/budget.pdf\">Budgetnotat</a>"
                + " (Dokumentnr. 64637/19)"));
        assertTrue(english, english.contains("Case no. 2009-20169"));
        assertTrue(english, english.contains("(Doc. no. 64637/19)"));
        assertFalse("an item without a case number has no label: " + danish,
                danish.contains("Fast punkt · Sagsnr."));
    }

    @Test
    public void aClosedItemIsWrittenOnlyAsItsNumberAndClosedItemAndAClosedAttachmentByItsNumber() {
        String page = MinutesStorageFormat.minutes(minutes(), ENGLISH, Locale.ENGLISH, key -> "Ulla Udvalg");

        assertTrue(page, page.contains("<h3>5. Closed item</h3>"));
        assertTrue(page, page.contains("Attachment 2 (closed)"));
        assertFalse(page, page.contains("null"));
    }

    @Test
    public void hiddenNamesArePrintedAsTheirPlaceholderAndEveryTextIsEscaped() {
        String page = MinutesStorageFormat.minutes(minutes(), ENGLISH, Locale.ENGLISH, key -> "Ulla Udvalg");

        assertTrue(page, page.contains("<li>Member (name not published)</li>"));
        assertTrue(page, page.contains("<h3>6. Vold &amp; trusler &lt;script&gt;alert(1)&lt;/script&gt;</h3>"));
        assertTrue(page, page.contains("<p><strong>Decision:</strong> &quot;Nej&quot; &amp; &lt;b&gt;</p>"));
        assertFalse(page, page.contains("<script>"));
    }

    @Test
    public void thePageSectionIsWellFormedStorageFormatBetweenTheAnchorAndTheClosedItemsMacro() throws Exception {
        String section = MinutesStorageFormat.pageSection(minutes(), ENGLISH, Locale.ENGLISH, key -> "Ulla Udvalg");

        assertTrue(section.startsWith(MinutesPageBody.START));
        assertTrue(section.endsWith(MinutesPageBody.CLOSED_ITEMS));
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(("<root xmlns:ac=\"http://atlassian.com/content\">"
                + section + "</root>").getBytes(StandardCharsets.UTF_8)));
    }

    // --- the minutes as the services give them to a reader

    static MinutesStorageFormat.Minutes minutes() {
        return minutes(false);
    }

    /** @param moreCarriedOver the council has more open actions from elsewhere than the one listed */
    static MinutesStorageFormat.Minutes minutes(boolean moreCarriedOver) {
        Meeting meeting = new Meeting(7, 1, 100L, "Udsatterådet – møde 3. december 2026", MeetingKind.ORDINARY,
                MeetingStatus.MINUTES_APPROVED, LocalDateTime.of(2026, 12, 3, 17, 0), LocalDateTime.of(2026, 12, 3, 19, 0),
                "Europe/Copenhagen", "Rådhuset, lokale 2", true, null, null, null, null, null, null, null, null, null, null, null,
                3,
                12, "David Notat", List.of(), null);
        Attendance attendance = new Attendance(7, LocalDate.of(2026, 12, 3), 1, List.of(
                line("Mona Medlem", false, AttendanceStatus.PRESENT, null),
                line("Name not published", true, AttendanceStatus.PRESENT, null),
                line("Jonas Bech", false, AttendanceStatus.SUBSTITUTE_ATTENDED, "Sara Sekretær"),
                line("Karin Holm", false, AttendanceStatus.APOLOGIES, null)), List.of(),
                Quorum.of(4, 3, 1), List.of(), List.of(), List.of());
        OffsetDateTime start = OffsetDateTime.of(2026, 12, 3, 17, 0, 0, 0, ZoneOffset.ofHours(1));
        List<AgendaItem> items = List.of(
                item(1, "Godkendelse af dagsorden", StandingKind.APPROVE_AGENDA, start, null, null, List.of(), false),
                item(3, "Opfølgning", StandingKind.FOLLOW_UP, start, null, null, List.of(), false),
                item(4, "Budget 2027", null, start.plusMinutes(10), "Vedtaget med 2 mio. kr.", "Jonas Bech stemte imod.",
                        List.of(new AgendaAttachment(1, 1, "Budgetnotat", null, "https://nordby.dk/budget.pdf", false, false,
                                "64637/19"),
                                AgendaAttachment.restricted(2, 2)), false),
                item(5, null, null, start.plusMinutes(40), null, null, List.of(), true),
                item(6, "Vold & trusler <script>alert(1)</script>", null, start.plusMinutes(60), "\"Nej\" & <b>", null,
                        List.of(), false));
        List<ActionSummary> actions = List.of(
                new ActionSummary(1, "Skriv til kommunen", "key-ulla", null, null, LocalDate.of(2027, 1, 15),
                        "samraad.action.status.OPEN", false, 7, 4, false, PersonStanding.NOT_A_MEMBER),
                new ActionSummary(2, "Varmestuer", null, "Karin Holm", null, null, "samraad.action.status.OPEN", false,
                        3, null, false, PersonStanding.NOT_A_MEMBER));
        return new MinutesStorageFormat.Minutes(meeting, attendance, items, new MeetingActionList(actions, moreCarriedOver));
    }

    private static AttendanceLine line(String shown, boolean hidden, AttendanceStatus status, String substitute) {
        return new AttendanceLine(1, null, hidden ? null : shown, shown, hidden, MemberRole.MEMBER, null, null, status,
                substitute == null ? null : 2, substitute, null);
    }

    private static AgendaItem item(int number, String title, StandingKind standing, OffsetDateTime startsAt,
            String decision, String dissent, List<AgendaAttachment> attachments, boolean restricted) {
        return new AgendaItem(number, 7, number, number - 1, restricted ? null : title,
                standing == null ? AgendaItemKind.DECISION : AgendaItemKind.STANDING, standing, null, null, false, 10,
                startsAt, restricted, restricted, null, null, restricted ? null : decision,
                restricted ? null : dissent, null, null, null, attachments, 1, List.of(),
                !restricted && title != null && title.startsWith("Budget") ? "2009-20169" : null);
    }

    private static MinutesStorageFormat.Texts texts(String resource, Locale locale) {
        Properties bundle = new Properties();
        try (InputStream in = MinutesStorageFormatTest.class.getClassLoader().getResourceAsStream(resource)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return (key, arguments) -> new MessageFormat(bundle.getProperty(key, key), locale).format(arguments);
    }

    @Test
    public void theTestsTextsAreThePluginsOwn() {
        assertEquals("Closed item", ENGLISH.text("samraad.agenda.closed-item"));
    }
}
