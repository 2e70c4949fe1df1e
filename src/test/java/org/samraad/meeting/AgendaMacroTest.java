package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.samraad.meeting.AgendaData.EDITOR;
import static org.samraad.meeting.AgendaData.MEMBER;
import static org.samraad.meeting.AgendaData.READER;
import static org.samraad.meeting.AgendaData.SECRETARY;
import static org.samraad.meeting.AgendaData.SHY_MEMBER;
import static org.samraad.meeting.AgendaData.TODAY;
import static org.samraad.meeting.AgendaData.closedLink;
import static org.samraad.meeting.AgendaData.item;
import static org.samraad.meeting.AgendaData.link;

import com.atlassian.confluence.macro.MacroExecutionException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.services.RequestContext;
import org.samraad.council.CouncilEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * The agenda macro rendered through the product-like renderer (automatic HTML encoding, the descriptor's Velocity
 * allowlist) on the test database: each view, the follow-up list, closed items and names per reader, hostile text
 * in every field and parameter, what each viewer and output type gets, and the three-statement budget for an
 * agenda of 40 items with attachments, presenters and actions.
 */
public class AgendaMacroTest extends AoTestSupport {
    private static final long PAGE = 4242L;
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";
    private static final List<String> STATIC_OUTPUTS = List.of("preview", "pdf", "word", "email", "html_export");

    private AgendaData bed;
    private TestPlugin plugin;
    private AgendaService agenda;
    private MeetingAccess meetings;
    private I18n i18n;
    private AgendaMacro macro;
    private int uds;
    private int meeting;
    private int redCross;

    @Before
    public void setUp() {
        plugin = AgendaData.people(plugin()).start();
        bed = new AgendaData(plugin, ao);
        agenda = plugin.get(AgendaService.class);
        meetings = plugin.get(MeetingAccess.class);
        i18n = plugin.get(I18n.class);
        macro = plugin.get(AgendaMacro.class);
        uds = bed.council("UDS", "Udsatterådet Nordby");
        bed.member(uds, MEMBER, null, true);
        bed.member(uds, SHY_MEMBER, null, false);
        meeting = bed.meeting(uds, LocalDateTime.of(2026, 11, 24, 19, 0), MeetingStatus.HELD, PAGE);
        redCross = bed.organisation("Røde Kors", "UDS");
    }

    /** Approve agenda, follow-up, a decision item with everything, a closed item, an easy-read item, AOB. */
    private Map<String, AgendaItem> standardAgenda() {
        Map<String, AgendaItem> items = new HashMap<>();
        items.put("approve", bed.add(meeting, item("Godkendelse af dagsorden").standing(StandingKind.APPROVE_AGENDA)
                .minutes(5)));
        items.put("followUp", bed.add(meeting, item("Opfølgning").standing(StandingKind.FOLLOW_UP).minutes(10)));
        items.put("budget", bed.add(meeting, item("Budget for natcaféen").kind("DECISION").presenterUser(MEMBER)
                .minutes(30).texts("Natcaféen mangler penge.\n\nForslag om tilskud.", "Rådet anbefaler tilskud.",
                        "Rådet anbefalede tilskud.", "Et medlem stemte imod.", "Natcaféen skal have flere penge.")
                .attachments(link("Budgetnotat", "https://nordby.dk/budget.pdf"),
                        closedLink("Lønbilag", "https://nordby.dk/loen.pdf"))));
        items.put("closed", bed.add(meeting, item("Sag om en navngiven borger").closed().minutes(15)
                .texts("Fortrolig sagsfremstilling", null, null, null, null)
                .attachments(link("Sagsakt", "https://nordby.dk/sag.pdf"))));
        items.put("shy", bed.add(meeting, item("Orientering om væresteder").presenterUser(SHY_MEMBER).minutes(20)
                .attachments(link("Oversigt", "https://nordby.dk/oversigt.pdf"))));
        items.put("aob", bed.add(meeting, item("Eventuelt").standing(StandingKind.AOB).minutes(10)));
        return items;
    }

    @Test
    public void theAgendaViewShowsNumberedItemsWithTimesKindsPresentersTextsAndAttachmentsButNoDecisions()
            throws Exception {
        standardAgenda();
        bed.confluence.actAs(READER);

        String html = render("display", Map.of());

        assertTrue(html.contains(">Agenda: Ordinært møde</h2>"));
        assertTrue(html.contains("<time datetime=\"2026-11-24T19:00+01:00\">24 November 2026, 19:00</time>, "
                + "<span class=\"samraad-agenda-place\">Rådhuset, mødelokale 2</span>"));
        assertTrue(html.contains("<ol class=\"samraad-agenda-items\""));
        String budget = itemIn(html, "Budget for natcaféen");
        assertTrue(budget.contains("<span class=\"samraad-agenda-number\">3.</span>"));
        assertTrue(budget.contains("<dd><time datetime=\"2026-11-24T19:15+01:00\">19:15</time></dd>"));
        assertTrue(budget.contains("<dd>30 min.</dd>"));
        assertTrue("kind in words", budget.contains("<dd class=\"samraad-agenda-kind\">Decision</dd>"));
        assertTrue(budget.contains("<dd class=\"samraad-agenda-presenter\">Maria Medlem</dd>"));
        assertTrue("open or closed, always in words", budget.contains("<dd class=\"samraad-agenda-open\">Open item</dd>"));
        assertTrue(budget.contains(">Case presentation</h4>"));
        assertTrue("paragraphs as typed", budget.contains(">Natcaféen mangler penge.</p>")
                && budget.contains(">Forslag om tilskud.</p>"));
        assertTrue(budget.contains(">Rådet anbefaler tilskud.</p>"));
        assertFalse("no decisions before the meeting", budget.contains("Rådet anbefalede tilskud."));
        assertFalse(budget.contains("Et medlem stemte imod."));
        assertTrue("every attachment says whether it is open", budget.contains("Attachment 1: <a href="
                + "\"https://nordby.dk/budget.pdf\" rel=\"noopener noreferrer\">Budgetnotat</a> "
                + "<span class=\"samraad-agenda-open\">(open)</span></li>"));
        assertTrue("a closed attachment is its number, closed in words",
                budget.contains("Attachment 2: <em>closed</em>"));
        assertFalse(html.contains("Lønbilag"));
        String closed = itemIn(html, "Closed item");
        assertTrue(closed.contains("<span class=\"samraad-agenda-number\">4.</span>"));
        assertTrue(closed.contains("<dd class=\"samraad-agenda-closed\"><strong>Closed item</strong></dd>"));
        assertFalse(html.contains("navngiven borger"));
        assertFalse(html.contains("Fortrolig"));
        assertFalse(html.contains("Sagsakt"));
        String shy = itemIn(html, "Orientering om væresteder");
        assertTrue(shy.contains("<dd class=\"samraad-agenda-presenter\">Name not published</dd>"));
        assertFalse(html.contains("Svend Stille"));
        assertTrue("Bilag numbers agree with the insiders' agenda", shy.contains("Attachment 4: <a href"));
        assertTrue(itemIn(html, "Eventuelt").contains("<dd class=\"samraad-agenda-kind\">Standing item</dd>"));
        assertFalse("no editing for readers", html.contains("<form") || html.contains("<button"));
        assertFalse(html.contains("data-editable"));
    }

    /** Issue 18.3: where the municipality shows them, in the reader's language; no statement more. */
    @Test
    public void caseAndDocumentNumbersAreShownAsTheMunicipalityShowsThemInEachLanguage() throws Exception {
        bed.add(meeting, item("Dialogmøder på Vesterbro").kind("DECISION").caseNumber("2009-20169")
                .attachments(new AgendaAttachmentInput("Bilag til dialogmøde", null, "https://nordby.dk/b.pdf", false,
                        "64637/19")));
        bed.confluence.actAs(READER);
        Map<String, String> labels = Map.of("en", "Case no.", "da", "Sagsnr.", "sv", "Ärendenr.");
        Map<String, String> documents = Map.of("en", "Doc. no.", "da", "Dokumentnr.", "sv", "Dokumentnr.");
        for (Map.Entry<String, String> label : labels.entrySet()) {
            try (var binding = RequestContext.bind(null, Locale.forLanguageTag(label.getKey()))) {
                String[] html = new String[1];
                sql.assertAtMost(3, () -> html[0] = render("display", Map.of()));
                String item = itemIn(html[0], "Dialogmøder på Vesterbro");
                assertTrue(item, item.contains("<dt>" + label.getValue() + "</dt><dd class=\"samraad-agenda-case-number\">"
                        + "2009-20169</dd>"));
                assertTrue(item, item.contains("<span class=\"samraad-agenda-document-number\">("
                        + documents.get(label.getKey()) + " 64637/19)</span>"));
            }
        }
        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);
        String minutes = itemIn(render("pdf", Map.of("view", "minutes")), "Dialogmøder på Vesterbro");
        assertTrue("the approved minutes' line: " + minutes, minutes.contains(
                "<span class=\"samraad-agenda-case-number\">Case no. 2009-20169</span>"));
    }

    @Test
    public void insidersSeeClosedItemsClosedAttachmentsAndEveryName() throws Exception {
        standardAgenda();
        bed.confluence.actAs(MEMBER);
        String html = render("display", Map.of());
        String closed = itemIn(html, "Sag om en navngiven borger");
        assertTrue(closed.contains("<strong>Closed item</strong>"));
        assertTrue(closed.contains(">Fortrolig sagsfremstilling</p>"));
        assertTrue(closed.contains("Attachment 3: <a href=\"https://nordby.dk/sag.pdf\""));
        assertTrue(itemIn(html, "Budget for natcaféen").contains(">Lønbilag</a> <strong class=\"samraad-agenda-closed\">"
                + "(closed)</strong>"));
        assertTrue(html.contains(">Svend Stille</dd>"));
    }

    @Test
    public void theMinutesAreHeadedWithTheCouncilsOwnWordInTheReadersLanguage() throws Exception {
        standardAgenda();
        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);
        bed.confluence.actAs(READER);
        CouncilEntity council = ao.get(CouncilEntity.class, uds);

        council.setMinutesTerm("NOTES");
        council.save();
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("sv"))) {
            assertTrue(render("pdf", Map.of("view", "minutes")).contains(">Minnesanteckningar: Ordinært møde</h2>"));
        }
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            assertTrue(render("pdf", Map.of("view", "minutes")).contains(">Referat: Ordinært møde</h2>"));
        }
        council.setMinutesTerm("MINUTES");
        council.save();
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            assertTrue(render("pdf", Map.of("view", "minutes")).contains(">Protokol: Ordinært møde</h2>"));
        }
        assertTrue("the agenda view keeps its heading", render("pdf", Map.of("view", "agenda"))
                .contains(">Agenda: Ordinært møde</h2>"));
    }

    @Test
    public void theMinutesViewAddsDecisionsDissentingOpinionsAndTheActionsEachItemGave() throws Exception {
        Map<String, AgendaItem> items = standardAgenda();
        budgetActionsInApprovedMinutes(items, TODAY.plusDays(14));

        String html = render("pdf", Map.of("view", "minutes"));

        assertTrue(html.contains(">Minutes: Ordinært møde</h2>"));
        String budget = itemIn(html, "Budget for natcaféen");
        assertTrue(budget.contains(">Decision</h4>"));
        assertTrue(budget.contains(">Rådet anbefalede tilskud.</p>"));
        assertTrue(budget.contains(">Dissenting opinions</h4>"));
        assertTrue(budget.contains(">Et medlem stemte imod.</p>"));
        assertTrue(budget.contains(">Action items from this item</h4>"));
        assertTrue(budget.contains("<span class=\"samraad-agenda-action-title\">Søg puljen om tilskud</span> – "
                + "Karin Holm, Røde Kors – <time datetime=\"" + TODAY.plusDays(14) + "\">"));
        assertTrue("every action from the item, done ones too", budget.contains("Send referat</span> – Maria Medlem"
                + " – <time datetime=\"" + TODAY.minusDays(1) + "\">" + ReaderDates.of(Locale.ENGLISH).shortDay(TODAY.minusDays(1))
                + "</time> – Done</li>"));
        assertFalse("a done action is never overdue", budget.contains("Overdue"));
    }

    @Test
    public void approvedMinutesGiveEachItemsDecisionFirstThenOneCompactLineOfKindPresenterAndTime() throws Exception {
        standardAgenda();
        for (MeetingStatus approved : List.of(MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED)) {
            bed.status(meeting, approved);
            for (String viewer : new String[] {READER, MEMBER}) {
                bed.confluence.actAs(viewer);
                String[] rendered = new String[1];
                sql.assertAtMost(3, () -> rendered[0] = render("pdf", Map.of("view", "auto")));
                String html = rendered[0];
                String budget = itemIn(html, "Budget for natcaféen");
                int heading = budget.indexOf("<span class=\"samraad-agenda-number\">3.</span>");
                int decision = budget.indexOf(">Rådet anbefalede tilskud.</p>");
                int line = budget.indexOf("<p class=\"samraad-agenda-line\"><span class=\"samraad-agenda-kind\">Decision"
                        + "</span> · <span class=\"samraad-agenda-presenter\">Maria Medlem</span> · <time datetime=\""
                        + "2026-11-24T19:15+01:00\">19:15</time></p>");
                int presentation = budget.indexOf(">Natcaféen mangler penge.</p>");
                assertTrue(approved + viewer + budget, heading >= 0 && heading < decision && decision < line
                        && line < presentation);
                assertTrue("the dissent follows the decision", budget.indexOf(">Et medlem stemte imod.</p>") > decision);
                assertFalse("no fact list, no duration", html.contains("<dl") || html.contains("min."));
                assertFalse("no open-item markers", html.contains("Open item") || html.contains("(open)"));
                assertTrue("a closed attachment still says so", budget.contains("Attachment 2:"));
                String closed = itemIn(html, viewer.equals(MEMBER) ? "Sag om en navngiven borger" : "Closed item");
                assertTrue(viewer + closed, closed.contains("<strong class=\"samraad-agenda-closed\">Closed item</strong>"));
            }
        }
    }

    @Test
    public void minutesNotYetApprovedKeepTheirListOfFactsWithTheDuration() throws Exception {
        standardAgenda();
        bed.status(meeting, MeetingStatus.HELD);
        bed.confluence.actAs(MEMBER);
        String budget = itemIn(render("pdf", Map.of("view", "auto")), "Budget for natcaféen");
        assertTrue(budget.contains("<dl class=\"samraad-agenda-facts\">"));
        assertTrue(budget.contains("<dd>30 min.</dd>"));
        assertFalse(budget.contains("samraad-agenda-line"));
    }

    @Test
    public void anItemWithoutADurationShowsNoDurationInAnyView() throws Exception {
        bed.add(meeting, item("Velkomst").minutes(0));
        bed.add(meeting, item("Budget").minutes(30));
        bed.confluence.actAs(MEMBER);
        for (MeetingStatus status : List.of(MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD,
                MeetingStatus.MINUTES_APPROVED)) {
            bed.status(meeting, status);
            for (String view : List.of("agenda", "minutes", "easy-read")) {
                String html = render("pdf", Map.of("view", view));
                String welcome = itemIn(html, "Velkomst");
                assertFalse(status + view + welcome, welcome.contains("0 min.") || welcome.contains(">Duration<"));
            }
        }
        bed.status(meeting, MeetingStatus.AGENDA_PUBLISHED);
        assertTrue(itemIn(render("pdf", Map.of()), "Budget").contains("<dd>30 min.</dd>"));
    }

    @Test
    public void anInsidersPdfOrWordOfApprovedMinutesWithClosedItemsIsMarkedInternalAndLinksThePublicVersion()
            throws Exception {
        standardAgenda();
        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);
        bed.confluence.actAs(MEMBER);
        String marking = "<p class=\"samraad-agenda-internal\"><strong>Internal – contains closed items</strong> "
                + "<a href=\"/wiki/pages/viewpage.action?pageId=" + PAGE + "\">";
        for (String export : List.of("pdf", "word")) {
            String[] rendered = new String[1];
            sql.assertAtMost(3, () -> rendered[0] = render(export, Map.of("view", "auto")));
            String html = rendered[0];
            assertTrue(export + html, html.contains(marking));
            assertTrue("before the items", html.indexOf(marking) < html.indexOf("samraad-agenda-items"));
        }
        for (String other : List.of("display", "preview", "email", "html_export")) {
            assertFalse(other, render(other, Map.of("view", "auto")).contains("samraad-agenda-internal"));
        }
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            assertTrue(render("pdf", Map.of("view", "auto")).contains("<strong>Intern – indeholder lukkede punkter</strong>"));
        }
        try (var binding = RequestContext.bind(null, Locale.forLanguageTag("sv"))) {
            assertTrue(render("pdf", Map.of("view", "auto"))
                    .contains("<strong>Intern – innehåller sekretessbelagda punkter</strong>"));
        }
        bed.confluence.actAs(READER);
        assertFalse("a reader's export has no closed item to mark",
                render("pdf", Map.of("view", "auto")).contains("samraad-agenda-internal"));
        bed.confluence.actAs(MEMBER);
        bed.status(meeting, MeetingStatus.HELD);
        assertFalse("only approved minutes are marked",
                render("pdf", Map.of("view", "auto")).contains("samraad-agenda-internal"));
    }

    @Test
    public void approvedMinutesWithoutClosedItemsAreNotMarkedInternal() throws Exception {
        bed.add(meeting, item("Budget").minutes(30));
        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);
        bed.confluence.actAs(MEMBER);
        assertFalse(render("pdf", Map.of("view", "auto")).contains("samraad-agenda-internal"));
    }

    @Test
    public void theAutoViewOfAMeetingPageIsTheAgendaUntilTheMeetingIsHeldAndTheMinutesFromThenOn() throws Exception {
        standardAgenda();
        bed.status(meeting, MeetingStatus.AGENDA_PUBLISHED);
        String before = render("display", Map.of("view", "auto"));
        assertTrue(before.contains(">Agenda: Ordinært møde</h2>"));
        assertTrue(before.contains("samraad-agenda-view-agenda"));
        assertFalse(before.contains("Rådet anbefalede tilskud."));

        for (MeetingStatus held : List.of(MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED)) {
            bed.status(meeting, held);
            String after = render("pdf", Map.of("view", "AUTO"));
            assertTrue(held + after, after.contains(">Minutes: Ordinært møde</h2>"));
            assertTrue(after.contains("samraad-agenda-view-minutes"));
            assertTrue(after.contains(">Rådet anbefalede tilskud.</p>"));
        }
    }

    @Test
    public void theEasyReadViewShowsTheSummariesPlainlyAndFallsBackToTheTitle() throws Exception {
        standardAgenda();
        bed.confluence.actAs(READER);
        String html = render("display", Map.of("view", "EASY-READ"));
        assertTrue("large type, also in exports", html.contains("class=\"samraad samraad-agenda "
                + "samraad-agenda-view-easy-read\" id=\"" + domId(html) + "\" style=\"font-size: 125%; line-height: 1.6;\""));
        assertTrue("the heading says what it is; the page already names the meeting",
                html.contains(">Easy-read agenda</h2>"));
        String budget = itemIn(html, "Budget for natcaféen");
        assertTrue(budget.contains("<p class=\"samraad-agenda-easy-read-text\">Natcaféen skal have flere penge.</p>"));
        assertFalse("no case presentation in the easy-read view", budget.contains("Natcaféen mangler penge"));
        assertTrue(budget.contains("<time datetime=\"2026-11-24T19:15+01:00\">19:15</time>"));
        assertFalse("a title is printed once, as the item's heading", itemIn(html, "Orientering om væresteder")
                .contains("samraad-agenda-easy-read-text"));
        assertFalse(html.contains("<dl"));
    }

    @Test
    public void thePublicViewKeepsTheCouncilsNumbersShowsClosedItemsByNumberOnlyAndNamesOnlyConsentingMembers()
            throws Exception {
        Map<String, AgendaItem> items = standardAgenda();
        bed.action(uds, "Søg puljen", null, "Karin Holm", redCross, TODAY.plusDays(14), "OPEN", meeting,
                items.get("budget").id());
        bed.status(meeting, MeetingStatus.PUBLISHED);
        bed.confluence.actAs(SECRETARY);

        String html = render("display", Map.of("view", "public"));

        assertTrue(html.contains(">Agenda and decisions: Ordinært møde</h2>"));
        assertFalse(html.contains("navngiven borger"));
        assertFalse(html.contains("Fortrolig"));
        assertFalse(html.contains("Sagsakt"));
        assertFalse(html.contains("Lønbilag"));
        String closed = itemIn(html, "Closed item");
        assertTrue("6. Closed item, in the council's numbering",
                closed.contains("<span class=\"samraad-agenda-number\">4.</span> <span class=\"samraad-agenda-title\">"
                        + "Closed item</span>"));
        assertTrue("its time stays", closed.contains("<time datetime=\"2026-11-24T19:45+01:00\">19:45</time>"));
        assertTrue("a closed attachment keeps its number", itemIn(html, "Budget for natcaféen")
                .contains("Attachment 2: <em>closed</em>"));
        assertFalse(html.contains("Svend Stille"));
        assertTrue(itemIn(html, "Orientering om væresteder").contains(">Name not published</span>"));
        assertTrue("a consenting member is named", itemIn(html, "Budget for natcaféen").contains(">Maria Medlem</span>"));
        assertTrue(itemIn(html, "Budget for natcaféen").contains(">Rådet anbefalede tilskud.</p>"));
        assertTrue("numbers stay as the council's", itemIn(html, "Orientering om væresteder")
                .contains("<span class=\"samraad-agenda-number\">5.</span>"));
        assertTrue("and so do times", itemIn(html, "Orientering om væresteder")
                .contains("<time datetime=\"2026-11-24T20:00+01:00\">20:00</time>"));
        assertTrue("and attachment numbers", itemIn(html, "Orientering om væresteder").contains("Attachment 4: "));
        assertTrue("actions name their organisation only", itemIn(html, "Budget for natcaféen")
                .contains("Søg puljen</span> – Røde Kors – "));
        assertFalse(html.contains("Karin Holm"));
        assertFalse("the public view is never edited in place", html.contains("<form"));
    }

    @Test
    public void thePublicViewShowsNothingOfTheMeetingBeforeItsMinutesArePublished() throws Exception {
        standardAgenda();
        for (MeetingStatus before : List.of(MeetingStatus.PLANNED, MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)) {
            bed.status(meeting, before);
            for (String viewer : new String[] {SECRETARY, null}) {
                bed.confluence.actAs(viewer);
                for (String output : List.of("display", "pdf", "email")) {
                    String html = render(output, Map.of("view", "public"));
                    assertFalse(before + output + html, html.contains("Budget for natcaféen"));
                    assertFalse(html.contains("Closed item"));
                    assertTrue(html.contains("The agenda and decisions are shown here once the minutes are published."));
                }
            }
        }
    }

    @Test
    public void beforeTheAgendaIsPublishedReadersOfEveryViewAndOutputSeeTheMeetingButNoItems() throws Exception {
        standardAgenda();
        bed.status(meeting, MeetingStatus.PLANNED);
        for (String reader : new String[] {READER, null}) {
            bed.confluence.actAs(reader);
            for (String view : List.of("auto", "agenda", "minutes", "easy-read")) {
                for (String output : List.of("display", "pdf", "word", "email", "preview", "html_export")) {
                    String html = render(output, Map.of("view", view));
                    assertTrue(view + output, html.contains("Rådhuset, mødelokale 2"));
                    assertFalse(view + output + html, html.contains("Budget for natcaféen"));
                    assertFalse(html.contains("Godkendelse af dagsorden"));
                    assertFalse(html.contains("Closed item"));
                    assertTrue(html.contains("The agenda is shown here once it is published."));
                }
            }
        }
        for (String preparer : new String[] {EDITOR, MEMBER}) {
            bed.confluence.actAs(preparer);
            assertTrue(preparer, itemIn(render("display", Map.of("view", "auto")), "Budget for natcaféen")
                    .contains("Natcaféen mangler penge."));
        }
    }

    @Test
    public void untilTheMinutesAreApprovedReadersSeeTheAgendaButNoDecisionsDissentOrActionsFromItems()
            throws Exception {
        Map<String, AgendaItem> items = standardAgenda();
        bed.action(uds, "Søg puljen om tilskud", null, "Karin Holm", redCross, TODAY.plusDays(14), "OPEN", meeting,
                items.get("budget").id());
        bed.status(meeting, MeetingStatus.HELD);
        bed.confluence.actAs(READER);

        String auto = render("pdf", Map.of("view", "auto"));
        assertTrue("the auto view stays the agenda for readers", auto.contains(">Agenda: Ordinært møde</h2>"));
        for (String view : List.of("auto", "minutes", "agenda", "easy-read")) {
            String html = render("display", Map.of("view", view));
            assertTrue(view, html.contains("Budget for natcaféen"));
            assertFalse(view, html.contains("Rådet anbefalede tilskud."));
            assertFalse(html.contains("Et medlem stemte imod."));
            assertFalse(html.contains("Søg puljen om tilskud"));
        }

        bed.confluence.actAs(EDITOR);
        String minutes = render("display", Map.of("view", "auto"));
        assertTrue("the secretariat writes the minutes", minutes.contains(">Rådet anbefalede tilskud.</p>"));
        assertTrue(minutes.contains("Søg puljen om tilskud"));
    }

    @Test
    public void aMeetingWhosePageIsRestrictedIsNotFoundForThoseThePageShutsOutInAMacroOnAnotherPage()
            throws Exception {
        standardAgenda();
        bed.status(meeting, MeetingStatus.PUBLISHED);
        bed.confluence.page(PAGE, "UDS").restrictPage(PAGE, SECRETARY, MEMBER);
        for (String shut : new String[] {READER, EDITOR, null}) {
            bed.confluence.actAs(shut);
            for (String view : List.of("public", "minutes", "auto")) {
                assertMacroError(Map.of("meeting", String.valueOf(meeting), "view", view),
                        "The meeting could not be found, or you do not have access to it.");
            }
        }
        bed.confluence.actAs(MEMBER);
        assertTrue(render("pdf", Map.of("meeting", String.valueOf(meeting), "view", "public"))
                .contains("Budget for natcaféen"));
    }

    @Test
    public void followUpListsTheCouncilsOpenActionsOverdueFirstWithOwnerDueDateStatusAndOverdueInWords()
            throws Exception {
        standardAgenda();
        int earlier = bed.meeting(uds, LocalDateTime.of(2026, 9, 1, 19, 0), MeetingStatus.PUBLISHED, null);
        bed.action(uds, "Planlæg temadag", null, null, redCross, TODAY.plusDays(30), "OPEN", earlier, null);
        bed.action(uds, "Kortlæg behov", MEMBER, null, redCross, TODAY.minusDays(3), "IN_PROGRESS", earlier, null);
        bed.action(uds, "Find lokale", null, "Karin Holm", null, null, "OPEN", null, null);
        bed.action(uds, "Send folder", null, "Ole", null, TODAY.plusDays(2), "OPEN", null, null);
        bed.action(uds, "Afsluttet", null, "Ole", null, TODAY.minusDays(10), "DONE", earlier, null);
        bed.action(uds, "Aflyst", null, "Ole", null, TODAY.minusDays(10), "CANCELLED", earlier, null);
        bed.action(uds, "Fra dette møde", null, "Ole", null, TODAY.plusDays(1), "OPEN", meeting, null);
        int otherCouncil = bed.council("INT", "Internt råd");
        bed.action(otherCouncil, "Andet råd", null, "Ole", null, TODAY.minusDays(5), "OPEN", null, null);
        bed.confluence.actAs(null);

        String html = render("email", Map.of());

        String followUp = itemIn(html, "Opfølgning");
        assertTrue(followUp.contains(">Open action items</h4>"));
        assertTrue(followUp.contains(">Open action items of the council, overdue first</caption>"));
        assertTrue(followUp.contains("<th scope=\"col\">Owner</th>"));
        List<String> titles = rowTitles(followUp);
        assertEquals(List.of("Kortlæg behov", "Send folder", "Planlæg temadag", "Find lokale"), titles);
        String overdue = followUp.substring(followUp.indexOf("Kortlæg behov"));
        overdue = overdue.substring(0, overdue.indexOf("</tr>"));
        assertTrue(overdue, overdue.contains("<td>Maria Medlem, Røde Kors</td><td><time datetime=\""
                + TODAY.minusDays(3) + "\">" + ReaderDates.of(Locale.ENGLISH).shortDay(TODAY.minusDays(3)) + "</time> <strong class=\"samraad-overdue-label\">"
                + "Overdue</strong></td><td>In progress</td>"));
        assertTrue(followUp.contains("<tr class=\"samraad-agenda-action samraad-agenda-action-overdue\"><th scope=\"row\">"
                + "Kortlæg behov"));
        assertTrue(followUp.contains("<th scope=\"row\">Find lokale</th><td>Karin Holm</td><td>No due date</td><td>Open</td>"));
        assertFalse(followUp.contains("Send folder</th><td>Ole</td><td><time datetime=\"" + TODAY.plusDays(2)
                + "\">" + TODAY.plusDays(2) + "</time> <strong"));
    }

    @Test
    public void followUpListsTheMostUrgentOpenActionsSaysThereAreMoreAndLinksTheRegisterButKeepsTheMeetingsOwn()
            throws Exception {
        Map<String, AgendaItem> items = standardAgenda();
        int earlier = bed.meeting(uds, LocalDateTime.of(2026, 9, 1, 19, 0), MeetingStatus.PUBLISHED, null);
        int listed = MeetingActions.CARRIED_OVER_LISTED;
        for (int i = 1; i <= listed + 5; i++) {
            bed.action(uds, "Opgave " + i, null, "Ole", null, TODAY.plusDays(i), "OPEN", earlier, null);
        }
        bed.action(uds, "Uden frist", null, "Ole", null, null, "OPEN", null, null);
        bed.action(uds, "Overskredet", null, "Ole", null, TODAY.minusDays(2), "IN_PROGRESS", null, null);
        budgetActionsInApprovedMinutes(items, TODAY.plusDays(90));

        String html = render("display", Map.of("view", "minutes"));

        String followUp = itemIn(html, "Opfølgning");
        List<String> titles = rowTitles(followUp);
        assertEquals("the bound, most urgent first", listed, titles.size());
        assertEquals("Overskredet", titles.get(0));
        assertEquals("Opgave " + (listed - 1), titles.get(listed - 1));
        assertFalse(titles.contains("Uden frist"));
        assertTrue(followUp, followUp.contains("<p class=\"samraad-agenda-follow-up-more\">More open action items are"
                + " not listed here. <a href=\"/wiki/display/UDS\">All open action items in the council’s action register</a>"
                + "</p>"));
        String budget = itemIn(html, "Budget for natcaféen");
        assertTrue("the meeting's own actions stay, beyond the bound too", budget.contains("Søg puljen om tilskud"));
        assertTrue(budget.contains("Send referat"));
    }

    @Test
    public void followUpSaysThereAreMoreFromOneActionBeyondTheBoundAndNotBefore() throws Exception {
        standardAgenda();
        int listed = MeetingActions.CARRIED_OVER_LISTED;
        for (int i = 1; i <= listed; i++) {
            bed.action(uds, "Opgave " + i, null, "Ole", null, TODAY.plusDays(i), "OPEN", null, null);
        }
        String all = itemIn(render("display", Map.of()), "Opfølgning");
        bed.action(uds, "Opgave " + (listed + 1), null, "Ole", null, TODAY.plusDays(listed + 1), "OPEN", null, null);

        String bounded = itemIn(render("display", Map.of()), "Opfølgning");

        assertEquals(listed, rowTitles(all).size());
        assertFalse(all.contains("samraad-agenda-follow-up-more"));
        assertEquals(rowTitles(all), rowTitles(bounded));
        assertTrue(bounded, bounded.contains(">More open action items are not listed here. <a href="));
    }

    @Test
    public void followUpNamesAMemberWithoutConsentToInsidersOnlyInEveryOutputType() throws Exception {
        standardAgenda();
        bed.member(uds, null, "Nina Navnløs", false);
        bed.action(uds, "Ring til kommunen", SHY_MEMBER, null, null, TODAY.plusDays(5), "OPEN", null, null);
        bed.action(uds, "Skaf lokale", null, "Nina Navnløs", null, TODAY.plusDays(6), "OPEN", null, null);
        List<String> outputs = new ArrayList<>(STATIC_OUTPUTS);
        outputs.add("display");
        for (String outputType : outputs) {
            for (String outsider : new String[] {null, READER, EDITOR}) {
                bed.confluence.actAs(outsider);
                String followUp = itemIn(render(outputType, Map.of()), "Opfølgning");
                assertFalse(outputType + " " + outsider, followUp.contains("Svend Stille"));
                assertFalse(outputType + " " + outsider, followUp.contains("Nina Navnløs"));
                assertTrue(outputType + " " + outsider, followUp.contains(
                        "<th scope=\"row\">Ring til kommunen</th><td>Member (name not published)</td>"));
            }
            for (String insider : new String[] {SECRETARY, MEMBER}) {
                bed.confluence.actAs(insider);
                String followUp = itemIn(render(outputType, Map.of()), "Opfølgning");
                assertTrue(outputType + " " + insider, followUp.contains("Svend Stille"));
                assertTrue(outputType + " " + insider, followUp.contains("Nina Navnløs"));
            }
        }
    }

    @Test
    public void followUpWithoutOpenActionsSaysSo() throws Exception {
        standardAgenda();
        assertTrue(itemIn(render("display", Map.of()), "Opfølgning")
                .contains("<p class=\"samraad-agenda-follow-up-none\">There are no open action items.</p>"));
    }

    @Test
    public void theEasyReadViewSaysWhenAndWhereInWordsGivesStandingItemsTheirEasyTextAndHasNoTable()
            throws Exception {
        standardAgenda();
        bed.action(uds, "Søg puljen", null, "Karin Holm", null, java.time.LocalDate.of(2026, 1, 1), "OPEN", null, null);
        bed.confluence.actAs(READER);
        String html = render("display", Map.of("view", "easy-read"));
        assertTrue(html, html.contains("<p class=\"samraad-agenda-when\">Tuesday 24 November 2026 at 19:00, at Rådhuset,"
                + " mødelokale 2</p>"));
        assertFalse("no ISO date in prose", html.contains(">2026-11-24"));
        assertTrue("built-in easy texts for the standing items, in the council's language", itemIn(html,
                "Godkendelse af dagsorden").contains(">Vi siger ja til planen for mødet.</p>"));
        assertTrue(itemIn(html, "Opfølgning").contains(">Vi ser på, om vi har gjort det, vi lovede.</p>"));
        assertTrue(itemIn(html, "Eventuelt").contains(">Her kan alle sige noget.</p>"));
        assertFalse("no table of owners, deadlines and statuses", html.contains("<table"));
        assertFalse(html.contains("Søg puljen"));

        bed.confluence.actAs(SECRETARY);
        try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            String held = render("display", Map.of("view", "easy-read"));
            assertTrue("after the meeting the heading says minutes", held.contains(">Referat – let at læse</h2>"));
            assertTrue(held.contains(">Tirsdag den 24. november 2026 kl. 19:00 på Rådhuset, mødelokale 2</p>"));
        }
        bed.status(meeting, MeetingStatus.PLANNED);
        try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.forLanguageTag("sv"))) {
            assertTrue(render("display", Map.of("view", "easy-read")).contains(">Lättläst dagordning</h2>"));
        }
    }

    @Test
    public void everyLiveMeetingPageLinksItsEasyReadVersionAndExportsDoNot() throws Exception {
        standardAgenda();
        String link = "/rest/samraad/1.0/meetings/" + meeting + "/agenda/easy-read\" data-view=\"easy-read\">"
                + "Easy-read version</a>";
        for (String user : new String[] {null, READER, SECRETARY}) {
            bed.confluence.actAs(user);
            try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.ENGLISH)) {
                assertTrue(user + ": " + render("display", Map.of()), render("display", Map.of()).contains(link));
                assertTrue(render("display", Map.of("view", "minutes")).contains(link));
                assertFalse("not from itself", render("display", Map.of("view", "easy-read")).contains(link));
                assertFalse(render("pdf", Map.of()).contains("agenda/easy-read"));
            }
        }
    }

    @Test
    public void councilContentCarriesItsLanguageWhenTheReaderReadsAnother() throws Exception {
        standardAgenda();
        bed.confluence.actAs(SECRETARY);
        try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.ENGLISH)) {
            String html = renderWithLanguage("display", Map.of("view", "minutes"));
            assertTrue(html.contains("<span class=\"samraad-agenda-title\" lang=\"da\">Budget for natcaféen</span>"));
            assertTrue(html.contains("lang=\"da\">Rådet anbefalede tilskud.</p>"));
            assertFalse("the interface's own words are not marked", html.contains("<h2 id=\"" + domId(html)
                    + "-heading\" lang"));
        }
        try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            assertFalse(renderWithLanguage("display", Map.of("view", "minutes")).contains("lang=\"da\""));
        }
    }

    @Test
    public void moveUpDoesNothingOnTheFirstItemAndNothingMovesBelowAnyOtherBusiness() throws Exception {
        Map<String, AgendaItem> items = standardAgenda();
        bed.confluence.actAs(SECRETARY);
        String html = render("display", Map.of());
        String first = itemIn(html, "Godkendelse af dagsorden");
        assertTrue(first.contains("samraad-agenda-move-up\" aria-describedby=\"" + domId(html) + "-item-"
                + items.get("approve").id() + "-heading\" aria-disabled=\"true\""));
        assertFalse(first.contains("move-down\" aria-describedby=\"" + domId(html) + "-item-"
                + items.get("approve").id() + "-heading\" aria-disabled"));
        String beforeAob = itemIn(html, "Orientering om væresteder");
        assertTrue(beforeAob.contains("-heading\" aria-disabled=\"true\">Move down</button>"));
        assertFalse(beforeAob.contains("-heading\" aria-disabled=\"true\">Move up</button>"));
        String aob = itemIn(html, "Eventuelt");
        assertTrue(aob.contains("-heading\" aria-disabled=\"true\">Move up</button>"));
        assertTrue(aob.contains("-heading\" aria-disabled=\"true\">Move down</button>"));
    }

    @Test
    public void editorsGetInlineEditingInTheLivePageViewOnlyAndEveryOtherOutputIsStatic() throws Exception {
        standardAgenda();
        for (String editor : new String[] {SECRETARY, EDITOR}) {
            bed.confluence.actAs(editor);
            try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.ENGLISH)) {
                String html = render("display", Map.of());
                assertTrue(html.contains("data-editable=\"true\""));
                assertTrue(html.contains("<form class=\"aui top-label samraad-agenda-form\""));
                assertTrue(html.contains("<form class=\"aui top-label samraad-agenda-action-form\""));
                assertTrue("one primary button, for the next step", html.contains(
                        "<button type=\"button\" class=\"aui-button aui-button-primary samraad-agenda-add\">"
                                + "Add agenda item</button>"));
                assertTrue("editing opens on request", html.contains("class=\"aui-button samraad-agenda-edit-toggle\""
                        + " aria-expanded=\"false\""));
                assertTrue(html.contains("class=\"aui-button aui-button-subtle samraad-agenda-move-up\""));
                assertTrue(html.contains("class=\"aui-button aui-button-subtle samraad-agenda-move-down\""));
                assertTrue(html.contains("<label for=\"") && html.contains(">Link (http or https)</label>"));
                assertTrue(RequestContext.current().resources().webResources().contains(AgendaMacro.WEB_RESOURCES));
            }
            for (String output : STATIC_OUTPUTS) {
                try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.ENGLISH)) {
                    String html = render(output, Map.of());
                    assertStatic(output, html);
                    assertTrue(html.contains("Budget for natcaféen"));
                    assertFalse(RequestContext.current().resources().webResources().contains(AgendaMacro.WEB_RESOURCES));
                }
            }
        }
        bed.confluence.actAs(READER);
        try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.ENGLISH)) {
            assertStatic("reader", render("display", Map.of()));
            assertTrue("the styles", RequestContext.current().resources().webResources()
                    .contains(AgendaMacro.WEB_RESOURCES));
        }
        bed.confluence.actAs(null);
        assertStatic("anonymous", render("display", Map.of()));
    }

    @Test
    public void afterApprovalEditorsAreToldToReopenTheMinutesAndGetNoEditing() throws Exception {
        standardAgenda();
        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);
        bed.confluence.actAs(SECRETARY);
        String html = render("display", Map.of("view", "minutes"));
        assertTrue(html.contains("<div class=\"aui-message aui-message-info samraad-agenda-locked\"><p>The minutes of this"
                + " meeting are approved, so its agenda items can no longer change. Reopen the minutes first.</p></div>"));
        assertStatic("approved", html);
        bed.status(meeting, MeetingStatus.CANCELLED);
        assertTrue(render("display", Map.of()).contains("This meeting is cancelled"));
        bed.confluence.actAs(READER);
        assertFalse("readers are not told about editing", render("display", Map.of()).contains("samraad-agenda-locked"));
    }

    @Test
    public void theMeetingIsTheParameterOrThePagesAndAPageWithoutOneSaysSo() throws Exception {
        bed.add(meeting, item("Budget"));
        int other = bed.meeting(uds, LocalDateTime.of(2026, 12, 8, 17, 0), MeetingStatus.PLANNED, null);
        bed.add(other, item("Juleafslutning"));
        assertTrue(render("display", Map.of()).contains("Budget"));
        assertTrue(render("display", Map.of("meeting", " " + other + " ")).contains("Juleafslutning"));

        String none = macro.execute(new HashMap<>(), null, new HostConversionContext("UDS", 99L, "display"));
        assertEquals("<p class=\"samraad samraad-agenda-no-meeting\">This page has no meeting. Create the page from "
                + "the meeting template, or give the macro a meeting number.</p>", none.strip());
        String noPage = macro.execute(new HashMap<>(), null, new HostConversionContext("UDS", null, "pdf"));
        assertTrue(noPage.contains("This page has no meeting."));
        int internal = bed.meeting(bed.council("INT", "Internt råd"), LocalDateTime.of(2026, 12, 8, 17, 0),
                MeetingStatus.PLANNED, null);
        bed.confluence.actAs(READER);
        assertMacroError(Map.of("meeting", String.valueOf(internal)),
                "The meeting could not be found, or you do not have access to it.");
    }

    @Test
    public void hostileTextInEveryFieldIsEscapedAndHostileParametersAreRefusedAsText() throws Exception {
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setTitle(HOSTILE);
        row.setPlace(HOSTILE);
        row.save();
        AgendaItem followUp = bed.add(meeting, item(HOSTILE).standing(StandingKind.FOLLOW_UP).presenterName(HOSTILE)
                .texts(HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE)
                .attachments(link(HOSTILE, "https://nordby.dk/?q=%3Cscript%3E&x=1")));
        int hostileOrganisation = bed.organisation(HOSTILE, "UDS");
        bed.action(uds, HOSTILE, null, HOSTILE, hostileOrganisation, TODAY.minusDays(1), "OPEN", null, null);
        bed.action(uds, HOSTILE, null, HOSTILE, hostileOrganisation, TODAY, "OPEN", meeting, followUp.id());
        // rows written around the service: a script link is printed as text, never as a link
        ao.create(AgendaAttachmentEntity.class, new DBParam("AGENDA_ITEM_ID", followUp.id()),
                new DBParam("MEETING_ID", meeting), new DBParam("TITLE", "Skadelig"), new DBParam("SORT_ORDER", 5))
                .setUrl("javascript:alert(1)");
        AgendaAttachmentEntity script = ao.find(AgendaAttachmentEntity.class, net.java.ao.Query.select()
                .where("TITLE = ?", "Skadelig"))[0];
        script.setUrl("javascript:alert(1)");
        script.save();
        bed.confluence.actAs(SECRETARY);

        for (String view : List.of("agenda", "minutes", "easy-read", "public")) {
            for (String output : List.of("display", "pdf")) {
                String html = render(output, Map.of("view", view));
                assertFalse(view + output, html.contains("<script>"));
                assertFalse(html.contains("javascript:"));
                assertTrue(view, html.contains(HOSTILE_ESCAPED));
                assertFalse(html.contains("\"Åse\""));
            }
        }
        String minutes = render("display", Map.of("view", "minutes"));
        assertTrue(minutes.contains("<h2 id=\"" + domId(minutes) + "-heading\">Minutes: " + HOSTILE_ESCAPED + "</h2>"));
        assertTrue(minutes.contains("<span class=\"samraad-agenda-place\">" + HOSTILE_ESCAPED + "</span>"));
        assertTrue(minutes.contains("<span class=\"samraad-agenda-title\">" + HOSTILE_ESCAPED + "</span>"));
        assertTrue(minutes.contains("data-title=\"" + HOSTILE_ESCAPED + "\""));
        assertTrue(minutes.contains("<dd class=\"samraad-agenda-presenter\">" + HOSTILE_ESCAPED + "</dd>"));
        assertTrue(minutes.contains(">" + HOSTILE_ESCAPED + "</a>"));
        assertTrue(minutes.contains("href=\"https://nordby.dk/?q=%3Cscript%3E&amp;x=1\""));
        assertTrue(minutes.contains("<span class=\"samraad-agenda-attachment-title\">Skadelig</span>"));
        assertTrue(minutes.contains("<th scope=\"row\">" + HOSTILE_ESCAPED + "</th><td>" + HOSTILE_ESCAPED + ", "
                + HOSTILE_ESCAPED + "</td>"));

        assertMacroError(Map.of("meeting", "<script>alert(1)</script>"),
                "The meeting parameter must be the number of a meeting.");
        assertMacroError(Map.of("meeting", "99999999999999"), "The meeting parameter must be the number of a meeting.");
        assertMacroError(Map.of("meeting", "-1"), "The meeting could not be found, or you do not have access to it.");
        assertMacroError(Map.of("view", "<img src=x onerror=alert(1)>"),
                "The view parameter must be agenda, minutes, easy-read, public or auto.");
        assertMacroError(Map.of("view", "minutes\u0000"),
                "The view parameter must be agenda, minutes, easy-read, public or auto.");
    }

    @Test
    public void anAgendaOfFortyItemsWithAttachmentsFollowUpAndActionsRendersInThreeStatements() throws Exception {
        for (int i = 0; i < 10; i++) {
            bed.action(uds, "Opfølgning " + i, i % 2 == 0 ? MEMBER : null, i % 2 == 0 ? null : "Ole " + i, redCross,
                    TODAY.plusDays(i - 5), "OPEN", null, null);
        }
        AgendaItem followUp = bed.add(meeting, item("Opfølgning").standing(StandingKind.FOLLOW_UP));
        for (int i = 2; i <= 40; i++) {
            AgendaData.ItemInput input = item("Punkt " + i).presenterUser(i % 3 == 0 ? SHY_MEMBER : MEMBER)
                    .minutes(5).texts("Sag " + i, "Indstilling " + i, "Beslutning " + i, null, "Let " + i)
                    .attachments(link("Bilag " + i, "https://nordby.dk/" + i), closedLink("Lukket " + i,
                            "https://nordby.dk/l" + i));
            AgendaItem added = bed.add(meeting, i % 4 == 0 ? input.closed() : input);
            bed.action(uds, "Fra punkt " + i, null, "Karin", null, TODAY.plusDays(i), "OPEN", meeting, added.id());
        }
        for (String viewer : new String[] {SECRETARY, EDITOR, READER, null}) {
            bed.confluence.actAs(viewer);
            for (String view : List.of("agenda", "minutes", "easy-read", "public")) {
                for (String output : List.of("display", "preview", "pdf", "word", "email", "html_export")) {
                    sql.assertAtMost(3, () -> render(output, Map.of("view", view)));
                }
                sql.assertAtMost(3, () -> render("display", Map.of("view", view, "meeting", String.valueOf(meeting))));
            }
        }
        bed.confluence.actAs(SECRETARY);
        String html = render("display", Map.of("view", "minutes"));
        assertEquals(40, html.split("<li class=\"samraad-agenda-item", -1).length - 1);
        assertEquals(10, rowTitles(itemIn(html, "Opfølgning")).size());
        assertTrue(html.contains("Attachment 78: <a href=\"https://nordby.dk/l40\""));
        assertEquals(followUp.id(), Integer.parseInt(html.substring(html.indexOf("data-item-id=\"") + 14,
                html.indexOf('"', html.indexOf("data-item-id=\"") + 14))));
    }

    @Test
    public void aHearingItemLinksToItsResponsePageWithinTheStatementBudget() throws Exception {
        int withPage = hearing("Høring om boligstrategi", 777L);
        int withoutPage = hearing("Høring om busplan", null);
        bed.add(meeting, item("Høring om boligstrategi").kind("HEARING").hearing(withPage));
        bed.add(meeting, item("Høring om busplan").kind("HEARING").hearing(withoutPage));
        bed.add(meeting, item("Orientering").kind("INFORMATION"));

        for (String viewer : new String[] {SECRETARY, READER}) {
            bed.confluence.actAs(viewer);
            for (String view : List.of("agenda", "minutes", "easy-read")) {
                String[] rendered = new String[1];
                sql.assertAtMost(3, () -> rendered[0] = render("display", Map.of("view", view)));
                String html = rendered[0];
                assertTrue(viewer + view, itemIn(html, "Høring om boligstrategi").contains("<p class=\"samraad-agenda-hearing\">"
                        + "<a href=\"/wiki/pages/viewpage.action?pageId=777\">The council’s response to this hearing</a></p>"));
                assertFalse("no page, no link", itemIn(html, "Høring om busplan").contains("samraad-agenda-hearing"));
                assertFalse(itemIn(html, "Orientering").contains("samraad-agenda-hearing"));
            }
        }
        bed.confluence.actAs(SECRETARY);
        assertTrue(render("pdf", Map.of()).contains("pageId=777\">"));
    }

    // --- helpers

    /** The budget item gave an open action (due then) and a done one; the minutes are approved; a reader reads. */
    private void budgetActionsInApprovedMinutes(Map<String, AgendaItem> items, java.time.LocalDate due) {
        bed.action(uds, "Søg puljen om tilskud", null, "Karin Holm", redCross, due, "OPEN", meeting,
                items.get("budget").id());
        bed.action(uds, "Send referat", MEMBER, null, null, TODAY.minusDays(1), "DONE", meeting,
                items.get("budget").id());
        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);
        bed.confluence.actAs(READER);
    }

    private int hearing(String subject, Long pageId) {
        return ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SUBJECT", subject),
                new DBParam("STATUS", "RECEIVED"), new DBParam("PAGE_ID", pageId), new DBParam("VERSION", 0)).getID();
    }

    private String render(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", PAGE, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$g.") || html.contains("$item.") || html.contains("$t.") || html.contains("$attachment.")
                        || html.contains("$action.") || html.contains("$section."));
        // the council writes Danish and these readers mostly read English: the markers of the council's language
        // are asserted in their own test, the rest compare the markup without them
        return html.replace(" lang=\"da\"", "");
    }

    private String renderWithLanguage(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        return macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", PAGE, outputType));
    }

    private void assertMacroError(Map<String, String> parameters, String message) {
        try {
            macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", PAGE, "display"));
            fail("expected an error for " + parameters);
        } catch (MacroExecutionException e) {
            assertEquals(message, e.getMessage());
        }
    }

    private static void assertStatic(String what, String html) {
        assertFalse(what, html.contains("<form"));
        assertFalse(what, html.contains("<button"));
        assertFalse(what, html.contains("<template"));
        assertFalse(what, html.contains("data-editable"));
        assertFalse(what, html.contains("aria-live"));
    }

    /** The list item of the agenda item whose title (as escaped in the HTML) is given. */
    private static String itemIn(String html, String title) {
        int at = html.indexOf("<span class=\"samraad-agenda-title\">" + title + "</span>");
        assertTrue(title + " in\n" + html, at > 0);
        int start = html.lastIndexOf("<li class=\"samraad-agenda-item", at);
        int end = html.indexOf("<li class=\"samraad-agenda-item", at);
        return html.substring(start, end < 0 ? html.indexOf("</ol>", at) : end);
    }

    private static List<String> rowTitles(String html) {
        List<String> titles = new java.util.ArrayList<>();
        String marker = "<th scope=\"row\">";
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
            int start = at + marker.length();
            titles.add(html.substring(start, html.indexOf("</th>", start)));
        }
        return titles;
    }

    private static String domId(String html) {
        int start = html.indexOf(" id=\"") + 5;
        return html.substring(start, html.indexOf('"', start));
    }
}
