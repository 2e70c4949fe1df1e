package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AgendaData.EDITOR;
import static org.samraad.meeting.AgendaData.GUEST;
import static org.samraad.meeting.AgendaData.MEMBER;
import static org.samraad.meeting.AgendaData.READER;
import static org.samraad.meeting.AgendaData.SECRETARY;
import static org.samraad.meeting.AgendaData.SHY_MEMBER;
import static org.samraad.meeting.AgendaData.closedLink;
import static org.samraad.meeting.AgendaData.item;
import static org.samraad.meeting.AgendaData.link;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionItemEntity;
import org.samraad.council.CouncilZone;
import org.samraad.hearing.HearingEntity;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.platform.I18n;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * Agenda items on a real database: positions and numbers, start times (also across the end of summer time),
 * attachment numbering, what insiders, outsiders and the public see of closed items and unpublished names, the
 * lock after approval and on cancellation, reordering, optimistic locking, validation and permissions.
 */
public class AgendaServiceTest extends AoTestSupport {
    private static final LocalDateTime SEVEN_PM = LocalDateTime.of(2026, 11, 24, 19, 0);

    private AgendaData bed;
    private TestPlugin plugin;
    private AgendaService agenda;
    private MeetingAccess meetings;
    private I18n i18n;
    private int uds;
    private int meeting;

    @Before
    public void setUp() {
        plugin = AgendaData.people(plugin()).start();
        bed = new AgendaData(plugin, ao);
        agenda = plugin.get(AgendaService.class);
        meetings = plugin.get(MeetingAccess.class);
        i18n = plugin.get(I18n.class);
        uds = bed.council("UDS", "Udsatterådet Nordby");
        bed.member(uds, MEMBER, null, true);
        bed.member(uds, SHY_MEMBER, null, false);
        bed.member(uds, null, "Karin Holm", true);
        bed.member(uds, null, "Ole Uden Samtykke", false);
        meeting = bed.meeting(uds, SEVEN_PM, MeetingStatus.PLANNED, null);
    }

    /** The standing items a meeting page starts with: approve agenda, approve minutes, follow-up, AOB. */
    private List<AgendaItem> standingItems() {
        List<AgendaItem> items = new ArrayList<>();
        items.add(bed.add(meeting, item("Godkendelse af dagsorden").standing(StandingKind.APPROVE_AGENDA).minutes(5)));
        items.add(bed.add(meeting, item("Godkendelse af referat").standing(StandingKind.APPROVE_MINUTES).minutes(5)));
        items.add(bed.add(meeting, item("Opfølgning").standing(StandingKind.FOLLOW_UP).minutes(10)));
        items.add(bed.add(meeting, item("Eventuelt").standing(StandingKind.AOB).minutes(10)));
        return items;
    }

    // --- order, numbers, times

    @Test
    public void aNewItemGoesBeforeAnyOtherBusinessAndEveryItemIsNumberedInOrder() {
        standingItems();
        AgendaItem budget = bed.add(meeting, item("Budget for natcaféen").kind("DECISION").minutes(30));
        AgendaItem hearing = bed.add(meeting, item("Høring om hjemløsestrategi").kind("HEARING").minutes(20));

        List<AgendaItem> items = agenda.list(meeting);
        assertEquals(List.of("Godkendelse af dagsorden", "Godkendelse af referat", "Opfølgning",
                "Budget for natcaféen", "Høring om hjemløsestrategi", "Eventuelt"), titles(items));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), items.stream().map(AgendaItem::number).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), items.stream().map(AgendaItem::sortOrder).toList());
        assertEquals(4, budget.number());
        assertEquals(5, hearing.number());
        assertEquals(AgendaItemKind.DECISION, items.get(3).kind());
        assertEquals(StandingKind.AOB, items.get(5).standingKind());
    }

    @Test
    public void anAgendaWithoutAnyOtherBusinessGrowsAtTheEnd() {
        bed.add(meeting, item("Først"));
        bed.add(meeting, item("Så"));
        assertEquals(List.of("Først", "Så"), titles(agenda.list(meeting)));
    }

    @Test
    public void eachItemStartsWhenTheItemsBeforeItHaveHadTheirTime() {
        standingItems();
        bed.add(meeting, item("Budget").minutes(45));

        List<AgendaItem> items = agenda.list(meeting);
        assertEquals(List.of("19:00", "19:05", "19:10", "19:20", "20:05"),
                items.stream().map(i -> i.startsAt().toLocalTime().toString()).toList());
        assertEquals(OffsetDateTime.parse("2026-11-24T19:00+01:00"), items.get(0).startsAt());
    }

    @Test
    public void startTimesFollowTheClockOnTheNightSummerTimeEnds() {
        // 25 October 2026: at 03:00 summer time the clocks in Copenhagen go back to 02:00
        int night = bed.meeting(uds, LocalDateTime.of(2026, 10, 25, 1, 30), MeetingStatus.PLANNED, null);
        bed.add(night, item("Nattevandring, opstart").minutes(60));
        bed.add(night, item("Nattevandring, runde").minutes(60));
        bed.add(night, item("Opsamling").minutes(30));

        List<AgendaItem> items = agenda.list(night);
        assertEquals(OffsetDateTime.parse("2026-10-25T01:30+02:00"), items.get(0).startsAt());
        assertEquals(OffsetDateTime.parse("2026-10-25T02:30+02:00"), items.get(1).startsAt());
        assertEquals("two real hours after 01:30 summer time is 02:30 winter time",
                OffsetDateTime.parse("2026-10-25T02:30+01:00"), items.get(2).startsAt());
        assertEquals(120, items.get(2).startsAt().toEpochSecond() / 60 - items.get(0).startsAt().toEpochSecond() / 60);
    }

    @Test
    public void aLinkAttachmentHasNoConfluenceAttachmentIdNotZero() {
        bed.add(meeting, item("Budget").attachments(link("Budget", "https://nordby.dk/budget.pdf"),
                new AgendaAttachmentInput("Plan", 4711L, null, false)));

        List<AgendaAttachment> attachments = agenda.list(meeting).get(0).attachments();
        assertNull(attachments.get(0).attachmentId());
        assertEquals("https://nordby.dk/budget.pdf", attachments.get(0).url());
        assertEquals(Long.valueOf(4711L), attachments.get(1).attachmentId());
    }

    @Test
    public void attachmentsAreNumberedAcrossTheWholeAgendaInItemOrder() {
        AgendaItem first = bed.add(meeting, item("Første").attachments(link("Budget", "https://nordby.dk/budget.pdf"),
                link("Notat", "https://nordby.dk/notat.pdf")));
        bed.add(meeting, item("Anden"));
        AgendaItem third = bed.add(meeting, item("Tredje").attachments(
                new AgendaAttachmentInput("Plan", 4711L, null, false)));

        List<AgendaItem> items = agenda.list(meeting);
        assertEquals(List.of(1, 2), items.get(0).attachments().stream().map(AgendaAttachment::number).toList());
        assertEquals(List.of(3), items.get(2).attachments().stream().map(AgendaAttachment::number).toList());
        assertEquals(Long.valueOf(4711L), items.get(2).attachments().get(0).attachmentId());

        List<AgendaItem> reordered = agenda.reorder(meeting, new AgendaOrder(List.of(third.id(), first.id(),
                items.get(1).id())));
        assertEquals("Plan", reordered.get(0).attachments().get(0).title());
        assertEquals(1, reordered.get(0).attachments().get(0).number());
        assertEquals(List.of(2, 3), reordered.get(1).attachments().stream().map(AgendaAttachment::number).toList());
    }

    @Test
    public void aMeetingWithoutAStartHasItemsWithoutStartTimes() {
        bed.add(meeting, item("Punkt").minutes(10));
        List<AgendaItem> laidOut = AgendaLayout.arrange(List.of(rowOf(agenda.list(meeting).get(0))), null,
                CouncilZone.COPENHAGEN, AgendaAudience.INSIDER, true, key -> key);
        assertNull(laidOut.get(0).startsAt());
        assertEquals(1, laidOut.get(0).number());
    }

    // --- closed items and names

    @Test
    public void closedItemsAndAttachmentsAreForInsidersAndEveryoneElseSeesOnlyTheirNumberAndTime() {
        bed.add(meeting, item("Åbent punkt").attachments(link("Åbent bilag", "https://nordby.dk/a.pdf"),
                closedLink("Lukket bilag", "https://nordby.dk/l.pdf")).minutes(20));
        bed.add(meeting, item("Sag om en borger").closed().minutes(15).texts("Fortroligt", null, null, null, null)
                .attachments(link("Sagsakt", "https://nordby.dk/s.pdf")));
        bed.add(meeting, item("Sidste punkt").attachments(link("Program", "https://nordby.dk/p.pdf")));
        bed.status(meeting, MeetingStatus.PUBLISHED);

        for (String insider : new String[] {SECRETARY, MEMBER}) {
            bed.confluence.actAs(insider);
            List<AgendaItem> items = agenda.list(meeting);
            assertEquals(List.of("Åbent punkt", "Sag om en borger", "Sidste punkt"), titles(items));
            assertTrue(items.get(1).closed());
            assertFalse(items.get(1).restricted());
            assertEquals("Lukket bilag", items.get(0).attachments().get(1).title());
            assertEquals(List.of(4), items.get(2).attachments().stream().map(AgendaAttachment::number).toList());
        }

        for (String outsider : new String[] {EDITOR, READER, null}) {
            bed.confluence.actAs(outsider);
            List<AgendaItem> items = agenda.list(meeting);
            AgendaItem placeholder = items.get(1);
            assertTrue(placeholder.restricted());
            assertTrue(placeholder.closed());
            assertNull(placeholder.title());
            assertNull(placeholder.casePresentation());
            assertEquals(List.of(), placeholder.attachments());
            assertEquals(2, placeholder.number());
            assertEquals(15, placeholder.durationMinutes());
            assertEquals("numbers and times agree with the insiders' agenda", 3, items.get(2).number());
            assertEquals("19:35", items.get(2).startsAt().toLocalTime().toString());
            AgendaAttachment closedAttachment = items.get(0).attachments().get(1);
            assertTrue(closedAttachment.restricted());
            assertNull(closedAttachment.title());
            assertNull(closedAttachment.url());
            assertEquals(2, closedAttachment.number());
            assertEquals("Bilag 4 stays Bilag 4", 4, items.get(2).attachments().get(0).number());
        }

        bed.confluence.actAs(SECRETARY);
        MeetingContext context = meetings.view(meeting);
        List<AgendaItem> published = agenda.agenda(context, AgendaAudience.PUBLIC);
        assertEquals(java.util.Arrays.asList("Åbent punkt", null, "Sidste punkt"), titles(published));
        assertEquals("the public view keeps the council's numbers", List.of(1, 2, 3),
                published.stream().map(AgendaItem::number).toList());
        AgendaItem closedInPublic = published.get(1);
        assertTrue(closedInPublic.restricted());
        assertNull(closedInPublic.casePresentation());
        assertEquals(List.of(), closedInPublic.attachments());
        assertEquals(java.util.Arrays.asList("Åbent bilag", null),
                published.get(0).attachments().stream().map(AgendaAttachment::title).toList());
        assertTrue(published.get(0).attachments().get(1).restricted());
        assertEquals("Bilag 4 stays Bilag 4 in public", 4, published.get(2).attachments().get(0).number());
        assertEquals("and its time stays", "19:35", published.get(2).startsAt().toLocalTime().toString());

        bed.confluence.actAs(READER);
        assertTrue("a reader cannot ask for more than an outsider sees",
                agenda.agenda(meetings.view(meeting), AgendaAudience.INSIDER).get(1).restricted());
    }

    @Test
    public void presentersWhoAreMembersWithoutConsentAreNamedOnlyToInsidersAndThePublicSeesOnlyConsentingMembers() {
        bed.add(meeting, item("Samtykkende medlem").presenterUser(MEMBER));
        bed.add(meeting, item("Medlem uden samtykke").presenterUser(SHY_MEMBER));
        bed.add(meeting, item("Gæst").presenterUser(GUEST));
        bed.add(meeting, item("Navngivet medlem").presenterName("Karin Holm"));
        bed.add(meeting, item("Navngivet uden samtykke").presenterName("Ole Uden Samtykke"));
        bed.status(meeting, MeetingStatus.PUBLISHED);

        bed.confluence.actAs(SECRETARY);
        assertEquals(List.of("Maria Medlem", "Svend Stille", "Gustav Gæst", "Karin Holm", "Ole Uden Samtykke"),
                presenters(agenda.list(meeting)));
        bed.confluence.actAs(READER);
        List<AgendaItem> outside = agenda.list(meeting);
        assertEquals(java.util.Arrays.asList("Maria Medlem", null, "Gustav Gæst", "Karin Holm", null), presenters(outside));
        assertTrue(outside.get(1).presenterWithheld());
        assertNull("the key would name the person", outside.get(1).presenterUserKey());
        assertFalse(outside.get(2).presenterWithheld());
        List<AgendaItem> published = agenda.agenda(meetings.view(meeting), AgendaAudience.PUBLIC);
        assertEquals(java.util.Arrays.asList("Maria Medlem", null, null, "Karin Holm", null), presenters(published));
        assertTrue(published.get(2).presenterWithheld());
    }

    // --- who sees what, when

    @Test
    public void untilTheAgendaIsPublishedOnlyThoseWhoPrepareItSeeItsItems() {
        bed.add(meeting, item("Udkast om natcaféen").texts("Foreløbig sagsfremstilling", null, null, null, null));

        for (String preparer : new String[] {SECRETARY, MEMBER, EDITOR}) {
            bed.confluence.actAs(preparer);
            assertEquals(preparer, List.of("Udkast om natcaféen"), titles(agenda.list(meeting)));
        }
        for (String other : new String[] {READER, null}) {
            bed.confluence.actAs(other);
            assertEquals("a planned meeting's draft is not public", List.of(), agenda.list(meeting));
        }

        bed.status(meeting, MeetingStatus.AGENDA_PUBLISHED);
        assertEquals(List.of("Udkast om natcaféen"), titles(agenda.list(meeting)));
        bed.status(meeting, MeetingStatus.CANCELLED);
        assertEquals("a meeting cancelled before its agenda went out never shows it", List.of(), agenda.list(meeting));
    }

    @Test
    public void decisionsAndDissentReachOthersOnlyOnceTheMinutesAreApproved() {
        bed.add(meeting, item("Budget").kind("DECISION")
                .texts("Sagen", "Indstillingen", "Rådet anbefalede tilskud.", "Et medlem stemte imod.", null));
        bed.status(meeting, MeetingStatus.HELD);

        for (String preparer : new String[] {SECRETARY, MEMBER, EDITOR}) {
            bed.confluence.actAs(preparer);
            AgendaItem item = agenda.list(meeting).get(0);
            assertEquals("those who write the minutes see the draft", "Rådet anbefalede tilskud.", item.decision());
            assertEquals("Et medlem stemte imod.", item.dissent());
        }
        for (String other : new String[] {READER, null}) {
            bed.confluence.actAs(other);
            AgendaItem item = agenda.list(meeting).get(0);
            assertEquals("the published agenda stays readable", "Indstillingen", item.recommendation());
            assertNull("an unapproved decision is a draft", item.decision());
            assertNull(item.dissent());
        }

        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);
        bed.confluence.actAs(null);
        assertEquals("Rådet anbefalede tilskud.", agenda.list(meeting).get(0).decision());
        assertEquals("Et medlem stemte imod.", agenda.list(meeting).get(0).dissent());
    }

    @Test
    public void thePublicViewShowsAMeetingOnlyFromPublicationEvenToThoseWhoPrepareIt() {
        bed.add(meeting, item("Budget").texts(null, null, "Rådet anbefalede tilskud.", null, null));
        for (MeetingStatus before : List.of(MeetingStatus.PLANNED, MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD,
                MeetingStatus.MINUTES_APPROVED, MeetingStatus.CANCELLED)) {
            bed.status(meeting, before);
            for (String viewer : new String[] {SECRETARY, READER, null}) {
                bed.confluence.actAs(viewer);
                assertEquals(before + " " + viewer, List.of(),
                        agenda.agenda(meetings.view(meeting), AgendaAudience.PUBLIC));
            }
        }
        bed.status(meeting, MeetingStatus.PUBLISHED);
        assertEquals("Rådet anbefalede tilskud.",
                agenda.agenda(meetings.view(meeting), AgendaAudience.PUBLIC).get(0).decision());
    }

    // --- lock and cancellation

    @Test
    public void onceTheMinutesAreApprovedEveryChangeIsRefusedUntilTheyAreReopened() {
        AgendaItem item = bed.add(meeting, item("Budget"));
        AgendaItem other = bed.add(meeting, item("Andet"));
        for (MeetingStatus status : new MeetingStatus[] {MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED}) {
            bed.status(meeting, status);
            assertEquals("samraad.agenda.error.locked", expect(AgendaLockedException.class,
                    () -> agenda.add(meeting, item("Nyt").build())).messageKey());
            assertEquals(409, expect(AgendaLockedException.class, () -> agenda.update(item.id(),
                    item("Ændret").version(0).build())).status());
            expect(AgendaLockedException.class, () -> agenda.delete(item.id()));
            expect(AgendaLockedException.class, () -> agenda.reorder(meeting,
                    new AgendaOrder(List.of(other.id(), item.id()))));
        }
        assertTrue(i18n.text("samraad.agenda.error.locked").contains("Reopen the minutes first"));
        assertEquals(List.of("Budget", "Andet"), titles(agenda.list(meeting)));

        bed.status(meeting, MeetingStatus.HELD);
        assertEquals("Ændret", agenda.update(item.id(), item("Ændret").version(0).build()).title());
    }

    @Test
    public void theAgendaOfACancelledMeetingIsReadOnly() {
        AgendaItem item = bed.add(meeting, item("Budget"));
        bed.status(meeting, MeetingStatus.CANCELLED);
        assertEquals("samraad.agenda.error.cancelled", expect(AgendaLockedException.class,
                () -> agenda.update(item.id(), item("Ændret").version(0).build())).messageKey());
        expect(AgendaLockedException.class, () -> agenda.add(meeting, item("Nyt").build()));
        expect(AgendaLockedException.class, () -> agenda.delete(item.id()));
        assertEquals(List.of("Budget"), titles(agenda.list(meeting)));
    }

    // --- reorder, versions, delete

    @Test
    public void aNewOrderMustNameEveryItemOnceAndBumpsEveryVersion() {
        AgendaItem a = bed.add(meeting, item("A"));
        AgendaItem b = bed.add(meeting, item("B"));
        AgendaItem c = bed.add(meeting, item("C"));
        int foreign = bed.add(bed.meeting(uds, SEVEN_PM, MeetingStatus.PLANNED, null), item("Fremmed")).id();

        for (List<Integer> wrong : List.of(List.of(a.id(), b.id()), List.of(a.id(), b.id(), b.id()),
                List.of(a.id(), b.id(), c.id(), foreign), List.of(a.id(), b.id(), foreign), List.<Integer>of())) {
            ValidationException e = expectValidation(() -> agenda.reorder(meeting, new AgendaOrder(wrong)));
            assertEquals(Set.of("itemIds|samraad.agenda.error.order"), fields(e));
        }
        expectValidation(() -> agenda.reorder(meeting, new AgendaOrder(null)));
        expectValidation(() -> agenda.reorder(meeting, new AgendaOrder(java.util.Arrays.asList(a.id(), null, c.id()))));
        assertEquals(List.of("A", "B", "C"), titles(agenda.list(meeting)));

        List<AgendaItem> reordered = agenda.reorder(meeting, new AgendaOrder(List.of(c.id(), a.id(), b.id())));
        assertEquals(List.of("C", "A", "B"), titles(reordered));
        assertEquals(List.of(1, 1, 1), reordered.stream().map(AgendaItem::version).toList());
        assertEquals(List.of("C", "A", "B"), titles(agenda.list(meeting)));
        expect(StaleVersionException.class, () -> agenda.update(a.id(), item("A ændret").version(0).build()));
    }

    @Test
    public void nothingIsOrderedAfterAnyOtherBusinessAndARefusedOrderChangesNothing() {
        List<AgendaItem> standing = standingItems();
        AgendaItem budget = bed.add(meeting, item("Budget"));
        AgendaItem aob = standing.get(3);
        List<Integer> belowAob = List.of(standing.get(0).id(), standing.get(1).id(), standing.get(2).id(), aob.id(),
                budget.id());
        ValidationException e = expectValidation(() -> agenda.reorder(meeting, new AgendaOrder(belowAob)));
        assertEquals(Set.of("itemIds|samraad.agenda.error.after-aob"), fields(e));
        List<Integer> aobFirst = List.of(aob.id(), standing.get(0).id(), standing.get(1).id(), standing.get(2).id(),
                budget.id());
        expectValidation(() -> agenda.reorder(meeting, new AgendaOrder(aobFirst)));
        assertEquals(List.of("Godkendelse af dagsorden", "Godkendelse af referat", "Opfølgning", "Budget",
                "Eventuelt"), titles(agenda.list(meeting)));

        List<AgendaItem> moved = agenda.reorder(meeting, new AgendaOrder(List.of(budget.id(), standing.get(0).id(),
                standing.get(1).id(), standing.get(2).id(), aob.id())));
        assertEquals(List.of("Budget", "Godkendelse af dagsorden", "Godkendelse af referat", "Opfølgning",
                "Eventuelt"), titles(moved));
    }

    @Test
    public void ofTwoEditsOfTheSameVersionTheSecondIsAConflictAndTheFirstIsKept() {
        AgendaItem item = bed.add(meeting, item("Budget").texts("Oplæg", null, null, null, null));
        AgendaItem first = agenda.update(item.id(), item("Budget 2027").texts("Nyt oplæg", "Indstilling", null, null,
                null).version(0).build());
        assertEquals(1, first.version());
        StaleVersionException conflict = expect(StaleVersionException.class, () -> agenda.update(item.id(),
                item("Budget 2028").version(0).build()));
        assertEquals(409, conflict.status());
        assertTrue(i18n.text(conflict.messageKey()).contains("Someone else saved a change in the meantime"));
        AgendaItem stored = agenda.list(meeting).get(0);
        assertEquals("Budget 2027", stored.title());
        assertEquals("Nyt oplæg", stored.casePresentation());
        assertEquals("Indstilling", stored.recommendation());
        assertEquals(Set.of("version|samraad.error.required"), fields(expectValidation(() ->
                agenda.update(item.id(), item("Uden version").build()))));
    }

    @Test
    public void anUpdateReplacesEveryFieldAndTheAttachmentList() {
        AgendaItem item = bed.add(meeting, item("Budget").presenterName("Karin Holm").minutes(10)
                .texts("a", "b", "c", "d", "e").attachments(link("Gammelt", "https://nordby.dk/g.pdf")));
        AgendaItem changed = agenda.update(item.id(), item("Budget").kind("DISCUSSION").presenterUser(MEMBER)
                .attachments(link("Nyt", "http://nordby.dk/n.pdf"), new AgendaAttachmentInput("Fil", 12L, null, true))
                .version(0).build());
        assertEquals(AgendaItemKind.DISCUSSION, changed.kind());
        assertEquals(MEMBER, changed.presenterUserKey());
        assertEquals("Maria Medlem", changed.presenterName());
        assertEquals(0, changed.durationMinutes());
        assertNull(changed.casePresentation());
        assertNull(changed.easyRead());
        assertEquals(List.of("Nyt", "Fil"), changed.attachments().stream().map(AgendaAttachment::title).toList());
        assertTrue(changed.attachments().get(1).closed());
        assertEquals(2, ao.count(AgendaAttachmentEntity.class));
    }

    @Test
    public void anEditorWhoIsNotAnInsiderNeverSeesChangesOrLosesClosedItemsAndAttachments() {
        AgendaItem closed = bed.add(meeting, item("Lukket").closed());
        AgendaItem open = bed.add(meeting, item("Åbent").attachments(link("Åbent bilag", "https://nordby.dk/a.pdf"),
                closedLink("Lukket bilag", "https://nordby.dk/l.pdf")));
        bed.confluence.actAs(EDITOR);

        expect(NotFoundException.class, () -> agenda.update(closed.id(), item("Set").version(0).build()));
        expect(NotFoundException.class, () -> agenda.delete(closed.id()));
        assertEquals(Set.of("closed|samraad.agenda.error.closed-insiders",
                        "attachments[0].closed|samraad.agenda.error.closed-insiders"),
                fields(expectValidation(() -> agenda.add(meeting, item("Nyt").closed()
                        .attachments(closedLink("x", "https://nordby.dk/x")).build()))));

        agenda.update(open.id(), item("Åbent, ændret").attachments(link("Nyt bilag", "https://nordby.dk/n.pdf"))
                .version(0).build());
        bed.confluence.actAs(SECRETARY);
        AgendaItem stored = agenda.list(meeting).get(1);
        assertEquals("Åbent, ændret", stored.title());
        assertEquals(List.of("Nyt bilag", "Lukket bilag"),
                stored.attachments().stream().map(AgendaAttachment::title).toList());
        assertTrue(stored.attachments().get(1).closed());
        List<Integer> ids = agenda.list(meeting).stream().map(AgendaItem::id).toList();
        bed.confluence.actAs(EDITOR);
        assertEquals("an outsider reorders with the placeholders' ids", List.of(open.id(), closed.id()),
                agenda.reorder(meeting, new AgendaOrder(List.of(ids.get(1), ids.get(0)))).stream()
                        .map(AgendaItem::id).toList());
    }

    @Test
    public void deletingAnItemClosesTheGapAndActionsFromItKeepOnlyTheirMeeting() {
        AgendaItem a = bed.add(meeting, item("A").attachments(link("Bilag", "https://nordby.dk/b.pdf")));
        AgendaItem b = bed.add(meeting, item("B"));
        bed.add(meeting, item("C"));
        int action = bed.action(uds, "Følg op", null, "Karin Holm", null, null, "OPEN", meeting, b.id());

        agenda.delete(b.id());
        agenda.delete(a.id());
        List<AgendaItem> items = agenda.list(meeting);
        assertEquals(List.of("C"), titles(items));
        assertEquals(0, items.get(0).sortOrder());
        assertEquals(0, ao.count(AgendaAttachmentEntity.class));
        ActionItemEntity kept = ao.get(ActionItemEntity.class, action);
        assertNull(kept.getAgendaItemId());
        assertEquals(Integer.valueOf(meeting), kept.getMeetingId());
        expect(NotFoundException.class, () -> agenda.delete(b.id()));
    }

    // --- validation and permissions

    @Test
    public void everyFieldErrorIsReportedAtOnce() {
        int otherCouncil = bed.council("INT", "Internt råd");
        int foreignHearing = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", otherCouncil),
                new DBParam("SUBJECT", "Andet råds høring"), new DBParam("STATUS", "RECEIVED"),
                new DBParam("VERSION", 0)).getID();
        String tooLong = "æ".repeat(20_001);
        ValidationException e = expectValidation(() -> agenda.add(meeting, AgendaItemInput.of(" ").kind("PARTY")
                .standingKind("LUNCH").presenterUserKey("key-nobody").presenterName("Maria").durationMinutes(601)
                .closed(false).casePresentation(tooLong).recommendation("nul\u0000byte").decision(tooLong)
                .dissent(tooLong).easyRead(tooLong).hearingId(foreignHearing).attachments(List.of(
                        new AgendaAttachmentInput(null, null, "javascript:alert(1)", false),
                        new AgendaAttachmentInput("Begge", 3L, "https://nordby.dk", false),
                        new AgendaAttachmentInput("Ingen", null, null, false),
                        new AgendaAttachmentInput("Bruger", null, "https://user:pw@nordby.dk/x", false),
                        new AgendaAttachmentInput("Mellemrum", null, "https://nordby.dk/a b", false),
                        new AgendaAttachmentInput("Nul", 0L, null, false))).build()));
        assertEquals(Set.of("title|samraad.error.required", "kind|samraad.error.invalid-choice",
                "standingKind|samraad.error.invalid-choice", "presenterUserKey|samraad.error.unknown-user",
                "presenterName|samraad.error.user-or-name", "durationMinutes|samraad.agenda.error.duration",
                "casePresentation|samraad.error.too-long", "recommendation|samraad.error.control",
                "decision|samraad.error.too-long", "dissent|samraad.error.too-long", "easyRead|samraad.error.too-long",
                "hearingId|samraad.agenda.error.unknown-hearing", "attachments[0].title|samraad.error.required",
                "attachments[0].url|samraad.agenda.error.url", "attachments[1].url|samraad.agenda.error.attachment-source",
                "attachments[2].url|samraad.agenda.error.attachment-source", "attachments[3].url|samraad.agenda.error.url",
                "attachments[4].url|samraad.agenda.error.url",
                "attachments[5].attachmentId|samraad.agenda.error.attachment-id"), fields(e));
        assertEquals(Set.of("title|samraad.error.single-line", "durationMinutes|samraad.agenda.error.duration",
                        "presenterName|samraad.error.too-long", "kind|samraad.error.required"),
                fields(expectValidation(() -> agenda.add(meeting, AgendaItemInput.of("to\nlinjer")
                        .presenterName("x".repeat(256)).durationMinutes(-1).build()))));
        assertEquals(Set.of("standingKind|samraad.agenda.error.standing-kind"),
                fields(expectValidation(() -> agenda.add(meeting, item("x").kind("STANDING").build()))));
        assertEquals(Set.of("standingKind|samraad.agenda.error.standing-kind"), fields(expectValidation(() ->
                agenda.add(meeting, AgendaItemInput.of("x").kind("DECISION").standingKind("AOB").build()))));
        assertEquals(0, ao.count(AgendaItemEntity.class));
    }

    /** Links follow the one web-address rule of organisation websites, stricter than the agenda's former own. */
    @Test
    public void aLinkToAnInternalHostOrWithAHiddenCharacterIsRefusedLikeAWebsite() {
        List<String> refused = List.of("http://intranet/sag", "http://localhost:8080/a", "https://nordby.dk:99999/",
                "https://nordby.dk/\u202Efdp.exe");
        for (String url : refused) {
            ValidationException e = expectValidation(() -> agenda.add(meeting, item("Sag").attachments(
                    link("Bilag", url)).build()));
            assertEquals(url, Set.of("attachments[0].url|samraad.agenda.error.url"), fields(e));
        }
        assertEquals(0, ao.count(AgendaItemEntity.class));
    }

    @Test
    public void twentyThousandCharactersFitEveryTextAndHostileTextComesBackUnchanged() {
        String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> & Åse";
        String long20k = "ø".repeat(20_000);
        AgendaItem item = bed.add(meeting, item(hostile).presenterName(hostile).texts(long20k, hostile, long20k,
                hostile, long20k).attachments(link(hostile, "https://nordby.dk/?q=%3Cscript%3E&a=1")));
        AgendaItem stored = agenda.list(meeting).get(0);
        assertEquals(item, stored);
        assertEquals(hostile, stored.title());
        assertEquals(long20k, stored.casePresentation());
        assertEquals("https://nordby.dk/?q=%3Cscript%3E&a=1", stored.attachments().get(0).url());
    }

    @Test
    public void readersMayNotChangeTheAgendaAndSpacesTheyCannotSeeDoNotExist() {
        AgendaItem item = bed.add(meeting, item("Budget"));
        int internal = bed.meeting(bed.council("INT", "Internt råd"), SEVEN_PM, MeetingStatus.PLANNED, null);
        for (String reader : new String[] {READER, MEMBER, null}) {
            bed.confluence.actAs(reader);
            expect(ForbiddenException.class, () -> agenda.add(meeting, item("Nyt").build()));
            expect(ForbiddenException.class, () -> agenda.update(item.id(), item("x").version(0).build()));
            expect(ForbiddenException.class, () -> agenda.delete(item.id()));
            expect(ForbiddenException.class, () -> agenda.reorder(meeting, new AgendaOrder(List.of(item.id()))));
            expect(NotFoundException.class, () -> agenda.list(internal));
            expect(NotFoundException.class, () -> agenda.add(internal, item("Nyt").build()));
        }
        expect(NotFoundException.class, () -> agenda.list(999_999));
        expect(NotFoundException.class, () -> agenda.update(999_999, item("x").version(0).build()));
    }

    @Test
    public void theAgendaOfFortyItemsWithAttachmentsIsReadInTwoStatements() {
        for (int i = 1; i <= 40; i++) {
            bed.add(meeting, item("Punkt " + i).presenterUser(i % 2 == 0 ? MEMBER : SHY_MEMBER).minutes(5)
                    .attachments(link("Bilag " + i, "https://nordby.dk/" + i), closedLink("Lukket " + i,
                            "https://nordby.dk/l" + i)));
        }
        bed.status(meeting, MeetingStatus.AGENDA_PUBLISHED);
        for (String reader : new String[] {SECRETARY, READER, null}) {
            bed.confluence.actAs(reader);
            sql.assertAtMost(2, () -> assertEquals(40, agenda.list(meeting).size()));
        }
        bed.confluence.actAs(SECRETARY);
        assertEquals(80, agenda.list(meeting).get(39).attachments().get(1).number());
    }

    // --- helpers

    private static AgendaRow rowOf(AgendaItem item) {
        return new AgendaRow(item.id(), item.meetingId(), item.sortOrder(), item.title(), item.kind(),
                item.standingKind(), null, null, AgendaRow.PresenterStanding.NOT_A_MEMBER, item.durationMinutes(),
                item.closed(), null, null, null, null, null, null, null, List.of(), item.version(), List.of(),
                item.caseNumber());
    }

    private static List<String> titles(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::title).toList();
    }

    private static List<String> presenters(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::presenterName).collect(Collectors.toList());
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(error -> error.field() + "|" + error.messageKey()).collect(Collectors.toSet());
    }
}
