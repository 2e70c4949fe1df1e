package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.samraad.meeting.AgendaData.EDITOR;
import static org.samraad.meeting.AgendaData.MEMBER;
import static org.samraad.meeting.AgendaData.READER;
import static org.samraad.meeting.AgendaData.SECRETARY;
import static org.samraad.meeting.AgendaData.item;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * Case numbers on agenda items and document numbers on their bilag (issue 18.3), shaped like the seeds: "Dialogmøder
 * på Vesterbro (2009-20169)", "Sagsnr. 2010-153360", bilag "(64637/19)". Free text as the municipality's case system
 * writes it, one line, at most 40 characters, surrounding space dropped. Stored and read on a real database, within
 * the agenda's statement budget, and locked with the rest of the agenda once the minutes are approved.
 */
public class CaseNumbersTest extends AoTestSupport {
    private static final LocalDateTime SEVEN_PM = LocalDateTime.of(2026, 11, 24, 19, 0);

    private AgendaData bed;
    private AgendaService agenda;
    private int meeting;

    @Before
    public void setUp() {
        TestPlugin plugin = AgendaData.people(plugin()).start();
        bed = new AgendaData(plugin, ao);
        agenda = plugin.get(AgendaService.class);
        int uds = bed.council("UDS", "Udsatterådet Nordby");
        bed.member(uds, MEMBER, null, true);
        meeting = bed.meeting(uds, SEVEN_PM, MeetingStatus.PLANNED, null);
    }

    @Test
    public void theSeedsNumbersAreStoredTrimmedAndReadBackWithTheAgenda() {
        AgendaItem added = bed.add(meeting, item("Dialogmøder på Vesterbro").kind("DECISION").caseNumber(" 2009-20169 ")
                .attachments(new AgendaAttachmentInput("Bilag til dialogmøde", null, "https://nordby.dk/b1.pdf", false,
                                "  64637/19"),
                        new AgendaAttachmentInput("Medlemmer af dialogforum", null, "https://nordby.dk/b2.pdf", false,
                                "64640/19"),
                        new AgendaAttachmentInput("Uden nummer", null, "https://nordby.dk/b3.pdf", false, "   ")));

        AgendaItem stored = agenda.list(meeting).get(0);
        assertEquals(added, stored);
        assertEquals("2009-20169", stored.caseNumber());
        assertEquals(List.of("64637/19", "64640/19"), stored.attachments().stream().limit(2)
                .map(AgendaAttachment::documentNumber).toList());
        assertNull("blank is no number", stored.attachments().get(2).documentNumber());
        assertEquals("2009-20169", ao.get(AgendaItemEntity.class, stored.id()).getCaseNumber());

        AgendaItem changed = agenda.update(stored.id(), item("Dialogmøder på Vesterbro").kind("DECISION")
                .caseNumber("Sagsnr. 2010-153360").version(stored.version()).build());
        assertEquals("Sagsnr. 2010-153360", changed.caseNumber());
        assertEquals(List.of(), changed.attachments());
        assertNull("PUT replaces: no number sent, none kept", agenda.update(stored.id(),
                item("Dialogmøder på Vesterbro").kind("DECISION").version(changed.version()).build()).caseNumber());
    }

    @Test
    public void aNumberIsOneLineOfAtMostFortyCharacters() {
        String forty = "18/19927-" + "x".repeat(31);
        assertEquals(forty, bed.add(meeting, item("Fyrre tegn").caseNumber(forty)
                .attachments(new AgendaAttachmentInput("Bilag", null, "https://nordby.dk/b.pdf", false, forty)))
                .caseNumber());

        ValidationException e = expectValidation(() -> agenda.add(meeting, item("For langt").caseNumber(forty + "1")
                .attachments(new AgendaAttachmentInput("Bilag", null, "https://nordby.dk/b.pdf", false, forty + "1"),
                        new AgendaAttachmentInput("Bilag", null, "https://nordby.dk/c.pdf", false, "64637\n19"),
                        new AgendaAttachmentInput("Bilag", null, "https://nordby.dk/d.pdf", false, "64637\u000019"))
                .build()));
        assertEquals(Set.of("caseNumber|samraad.error.too-long", "attachments[0].documentNumber|samraad.error.too-long",
                "attachments[1].documentNumber|samraad.error.single-line",
                "attachments[2].documentNumber|samraad.error.single-line"), fields(e));
        assertEquals(Set.of("caseNumber|samraad.error.single-line"), fields(expectValidation(() ->
                agenda.add(meeting, item("Tab").caseNumber("2009\t20169").build()))));
        assertEquals(1, ao.count(AgendaItemEntity.class));
    }

    @Test
    public void approvedMinutesKeepTheirNumbers409OnAnyChange() {
        AgendaItem item = bed.add(meeting, item("Budget").caseNumber("2009-20169"));
        bed.status(meeting, MeetingStatus.MINUTES_APPROVED);

        assertEquals(409, expect(AgendaLockedException.class, () -> agenda.update(item.id(),
                item("Budget").caseNumber("2009-99999").version(0).build())).status());
        assertEquals("2009-20169", agenda.list(meeting).get(0).caseNumber());
    }

    @Test
    public void aClosedItemsNumberIsAnInsidersAndAnOutsidersSaveKeepsAClosedBilagsNumber() {
        bed.add(meeting, item("Personsag").closed().caseNumber("2026-1"));
        AgendaItem open = bed.add(meeting, item("Åbent").caseNumber("2026-2").attachments(
                new AgendaAttachmentInput("Lukket bilag", null, "https://nordby.dk/l.pdf", true, "111/26")));
        bed.status(meeting, MeetingStatus.AGENDA_PUBLISHED);

        bed.confluence.actAs(READER);
        List<AgendaItem> read = agenda.list(meeting);
        assertNull(read.get(0).caseNumber());
        assertEquals("2026-2", read.get(1).caseNumber());
        assertNull(read.get(1).attachments().get(0).documentNumber());

        bed.confluence.actAs(EDITOR);
        agenda.update(open.id(), item("Åbent").caseNumber("2026-2").version(0).build());
        bed.confluence.actAs(SECRETARY);
        assertEquals("111/26", agenda.list(meeting).get(1).attachments().get(0).documentNumber());
    }

    @Test
    public void numbersCostTheAgendaNoStatement() {
        for (int i = 1; i <= 30; i++) {
            bed.add(meeting, item("Punkt " + i).caseNumber("2026-" + i).attachments(
                    new AgendaAttachmentInput("Bilag " + i, null, "https://nordby.dk/" + i, false, i + "/26")));
        }
        bed.status(meeting, MeetingStatus.AGENDA_PUBLISHED);
        for (String reader : new String[] {SECRETARY, READER, null}) {
            bed.confluence.actAs(reader);
            sql.assertAtMost(2, () -> assertEquals("30/26",
                    agenda.list(meeting).get(29).attachments().get(0).documentNumber()));
        }
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(error -> error.field() + "|" + error.messageKey()).collect(Collectors.toSet());
    }
}
