package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AgendaData.EDITOR;
import static org.samraad.meeting.AgendaData.MEMBER;
import static org.samraad.meeting.AgendaData.READER;
import static org.samraad.meeting.AgendaData.SECRETARY;
import static org.samraad.meeting.AgendaData.SHY_MEMBER;
import static org.samraad.meeting.AgendaData.item;
import static org.samraad.testing.Refusals.expectValidation;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.platform.ValidationException;
import org.samraad.platform.I18n;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * Who dissented is recorded as members picked from the member list, beside the free-text dissent, and named by
 * the member list's rule: a member without consent to publication is "name not published" to all but insiders,
 * in the REST agenda and in the minutes.
 */
public class AgendaDissentersTest extends AoTestSupport {
    private static final long PAGE = 4343L;
    private static final String NOT_PUBLISHED = "Member (name not published)";

    private AgendaData bed;
    private TestPlugin plugin;
    private AgendaService agenda;
    private MeetingAccess meetings;
    private I18n i18n;
    private int uds;
    private int meeting;
    private int maria;
    private int svend;

    @Before
    public void setUp() {
        plugin = AgendaData.people(plugin()).start();
        bed = new AgendaData(plugin, ao);
        agenda = plugin.get(AgendaService.class);
        meetings = plugin.get(MeetingAccess.class);
        i18n = plugin.get(I18n.class);
        uds = bed.council("UDS", "Udsatterådet");
        maria = bed.member(uds, MEMBER, null, true);
        svend = bed.member(uds, SHY_MEMBER, null, false);
        meeting = bed.meeting(uds, LocalDateTime.of(2026, 11, 20, 19, 0), MeetingStatus.HELD, PAGE);
    }

    @Test
    public void dissentersAreMembersNamedByTheMemberListsRule() {
        AgendaItem added = bed.add(meeting, item("Budget").kind("DECISION").texts(null, null, "Vedtaget",
                "To medlemmer stemte imod", null).dissenters(maria, svend));

        bed.confluence.actAs(SECRETARY);
        assertEquals(List.of(new AgendaDissenter(maria, "Maria Medlem", false),
                new AgendaDissenter(svend, "Svend Stille", false)), agenda.list(meeting).get(0).dissenters());
        for (String outsider : new String[] {null, READER}) {
            bed.confluence.actAs(outsider);
            assertEquals("who dissented is part of the record, not shown before the minutes are approved",
                    List.of(), agenda.list(meeting).get(0).dissenters());
        }
        approveMinutes();
        for (String outsider : new String[] {null, READER, EDITOR}) {
            bed.confluence.actAs(outsider);
            assertEquals(List.of(new AgendaDissenter(maria, "Maria Medlem", false),
                    new AgendaDissenter(svend, NOT_PUBLISHED, true)), agenda.list(meeting).get(0).dissenters());
        }
        assertEquals(added.id(), agenda.list(meeting).get(0).id());
    }

    @Test
    public void onlyMembersOfTheMeetingsCouncilMayBeRecordedAndNullKeepsTheStoredOnes() {
        int other = bed.member(bed.council("INT", "Internt råd"), MEMBER, null, true);
        AgendaItem added = bed.add(meeting, item("Budget").kind("DECISION").dissenters(maria));
        bed.confluence.actAs(SECRETARY);
        for (Integer wrong : new Integer[] {other, 999_999}) {
            ValidationException e = expectValidation(() -> agenda.update(added.id(),
                    item("Budget").kind("DECISION").dissenters(maria, wrong).version(0).build()));
            assertEquals("dissenterIds", e.errors().get(0).field());
            assertEquals("samraad.agenda.error.unknown-dissenter", e.errors().get(0).messageKey());
        }
        AgendaItem kept = agenda.update(added.id(), item("Budget").kind("DECISION").version(0).build());
        assertEquals(List.of(maria), kept.dissenters().stream().map(AgendaDissenter::memberId).toList());
        AgendaItem cleared = agenda.update(added.id(), item("Budget").kind("DECISION").dissenters().version(1)
                .build());
        assertTrue(cleared.dissenters().isEmpty());
        agenda.delete(added.id());
        assertEquals(0, ao.count(AgendaDissenterEntity.class));
    }

    @Test
    public void theMinutesNameDissentersByConsentInEveryOutputTypeWithinThreeStatements() throws Exception {
        bed.add(meeting, item("Budget").kind("DECISION").texts(null, null, "Vedtaget", null, null)
                .dissenters(maria, svend).attachments(AgendaData.link("Bilag A", "https://nordby.dk/a"),
                        AgendaData.link("Bilag B", "https://nordby.dk/b")));
        approveMinutes();
        AgendaMacro macro = plugin.get(AgendaMacro.class);
        for (String output : List.of("display", "preview", "pdf", "word", "email", "html_export")) {
            bed.confluence.actAs(READER);
            String[] html = new String[1];
            sql.assertAtMost(3, () -> html[0] = macro.execute(new HashMap<>(Map.of("view", "minutes")), null,
                    new HostConversionContext("UDS", PAGE, output)));
            assertTrue(output, html[0].contains("Dissenting members"));
            assertTrue(output, html[0].contains("Maria Medlem, " + NOT_PUBLISHED));
            assertFalse(output, html[0].contains("Svend Stille"));
            assertEquals("the join repeats no attachment", 1, count(html[0], "Bilag B"));
            bed.confluence.actAs(SECRETARY);
            String insider = macro.execute(new HashMap<>(Map.of("view", "minutes")), null,
                    new HostConversionContext("UDS", PAGE, output));
            assertTrue(output, insider.contains("Maria Medlem, Svend Stille"));
        }
    }

    private void approveMinutes() {
        MeetingEntity row = bed.ao.get(MeetingEntity.class, meeting);
        row.setStatus(MeetingStatus.MINUTES_APPROVED.name());
        row.save();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
