package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.MEMBER_USER;
import static org.samraad.meeting.AttendanceData.READER;
import static org.samraad.meeting.AttendanceData.SECRETARY;

import com.atlassian.confluence.macro.Macro;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilZone;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * A whole meeting page as Confluence renders it: the header, agenda requests, attendance and agenda macros in one
 * conversion context. They share the meeting read for the first of them, so the page costs one statement for the
 * meeting rather than four; what they share lives in that render only, so the next render (another request, maybe
 * on another node) reads the meeting again, and another reader never gets the first reader's view.
 */
public class MeetingPageRenderTest extends AoTestSupport {
    private AttendanceData bed;
    private TestPlugin plugin;
    private List<Macro> page;
    private int meeting;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        int uds = bed.council("UDS", "Udsatterådet Nordby", "da");
        bed.member(uds, "VICE_CHAIR").user(MEMBER_USER).id();
        bed.member(uds, "SECRETARY").user(SECRETARY).id();
        for (int i = 0; i < 12; i++) {
            bed.member(uds, "MEMBER").id();
        }
        bed.meeting(uds, "Forrige møde", "HELD", LocalDateTime.of(2026, 10, 1, 10, 0), CouncilZone.COPENHAGEN,
                LocalDate.of(2026, 9, 20));
        meeting = bed.meeting(uds, "Ordinært møde", "PLANNED", LocalDateTime.of(2026, 12, 3, 10, 0),
                CouncilZone.COPENHAGEN, LocalDate.of(2026, 11, 20));
        bed.meeting(uds, "Næste møde", "PLANNED", LocalDateTime.of(2027, 1, 14, 10, 0), CouncilZone.COPENHAGEN,
                LocalDate.of(2027, 1, 4));
        bed.clock(Instant.parse("2026-11-19T08:00:00Z"));
        bed.actAs(SECRETARY);
        AgendaService agenda = plugin.get(AgendaService.class);
        for (int i = 1; i <= 8; i++) {
            agenda.add(meeting, AgendaItemInput.of("Punkt " + i).kind("DISCUSSION").durationMinutes(10)
                    .closed(i % 4 == 0).casePresentation("Sagsfremstilling " + i).build());
        }
        bed.actAs(MEMBER_USER);
        plugin.get(AgendaRequestService.class).submit(meeting, new AgendaRequestInput("Væresteder om vinteren", null));
        page = List.of(plugin.get(MeetingMacro.class), plugin.get(AgendaRequestsMacro.class),
                plugin.get(AttendanceMacro.class), plugin.get(AgendaMacro.class));
    }

    @Test
    public void theFourMacrosOfAMeetingPageReadTheMeetingOnceInNineStatementsAtMost() throws Exception {
        bed.actAs(SECRETARY);
        HostConversionContext render = context();
        List<String> statements = sql.statementsDuring(() -> {
            for (Macro macro : page) {
                macro.execute(new HashMap<>(), null, render);
            }
        });

        // the meeting 1, its neighbours 2, the requests and their members 2, members and attendance 2, items and
        // actions 2: each macro alone costs its three, together they do not pay the meeting four times
        assertTrue(statements.size() + " statements: " + statements, statements.size() <= 9);
        assertEquals("the meeting is read once for the page", 1,
                statements.stream().filter(s -> s.contains("caller_secretary")).count());
    }

    @Test
    public void theNextRenderReadsTheMeetingAgainAndSeesWhatChanged() throws Exception {
        bed.actAs(SECRETARY);
        String before = render(new Macro[] {plugin.get(MeetingMacro.class)}, context());
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setPlace("Rådhuset, lokale 2");
        row.save();

        String after = render(new Macro[] {plugin.get(MeetingMacro.class)}, context());

        assertFalse(before.contains("Rådhuset, lokale 2"));
        assertTrue("nothing of the last request is kept", after.contains("Rådhuset, lokale 2"));
    }

    @Test
    public void anotherReaderInTheSameContextGetsTheirOwnViewNotTheFirstReaders() throws Exception {
        bed.status(meeting, "AGENDA_PUBLISHED");
        HostConversionContext shared = context();
        bed.actAs(SECRETARY);
        String secretary = render(new Macro[] {plugin.get(AgendaMacro.class)}, shared);
        bed.actAs(READER);
        String reader = render(new Macro[] {plugin.get(AgendaMacro.class)}, shared);

        assertTrue(secretary.contains("Sagsfremstilling 4"));
        assertTrue("the secretary edits", secretary.contains("data-editable=\"true\""));
        assertFalse("a closed item's case is not the reader's", reader.contains("Sagsfremstilling 4"));
        assertFalse(reader.contains("data-editable"));
        assertTrue(reader.contains("Sagsfremstilling 3"));
    }

    private HostConversionContext context() {
        return new HostConversionContext("UDS", 4242L + meeting, "display");
    }

    private static String render(Macro[] macros, HostConversionContext context) throws Exception {
        StringBuilder html = new StringBuilder();
        for (Macro macro : macros) {
            html.append(macro.execute(new HashMap<>(Map.of()), null, context));
        }
        return html.toString();
    }
}
