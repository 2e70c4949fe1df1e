package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.SECRETARY;

import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.platform.WorkflowConflictException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.Race;

/**
 * Writes to one council's meetings at the same moment, each in its own transaction, keep the rules that span
 * rows: one meeting per page (under the council's lock), dense distinct agenda positions (under the meeting's
 * lock). Each round starts its contenders together at a barrier.
 */
public class MeetingRaceTest extends AoTestSupport {
    private static final int ROUNDS = 25;
    private static final int CONTENDERS = 3;

    private AttendanceData bed;
    private TestPlugin plugin;
    private AgendaRequestService agendaRequests;
    private MeetingService meetings;
    private AgendaService agenda;
    private int council;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        agendaRequests = plugin.get(AgendaRequestService.class);
        meetings = plugin.get(MeetingService.class);
        agenda = plugin.get(AgendaService.class);
        bed.confluence.grant(SECRETARY, Permission.ADMINISTER, "UDS");
        council = bed.council("UDS", "Udsatterådet", "da");
        bed.actAs(SECRETARY);
    }

    @Test
    @NonTransactional
    public void meetingsPlannedAtOnceNeverBindOnePage() {
        int doublyBound = 0;
        int unbound = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long page = 7000 + round;
            bed.confluence.page(page, "UDS");
            int r = round;
            List<Object> outcomes = Race.run(CONTENDERS, i -> meetings.create(council, meeting(r, page)));
            assertOnlyFieldErrors(outcomes);
            int bound = ao.count(MeetingEntity.class, "PAGE_ID = ?", page);
            if (bound > 1) {
                doublyBound++;
            }
            if (bound == 0) {
                unbound++;
            }
        }
        assertEquals("rounds with a page bound to two meetings", 0, doublyBound);
        assertEquals("rounds in which no contender bound the page (the race never ran)", 0, unbound);
    }

    @Test
    @NonTransactional
    public void agendaItemsAddedAtOnceNeverSharePositions() {
        int duplicates = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int meeting = meetings.create(council, meeting(round, null)).id();
            Race.run(CONTENDERS, i -> agenda.add(meeting, AgendaData.item("Punkt " + i).build()))
                    .forEach(outcome -> assertTrue("every item is added: " + outcome, outcome instanceof AgendaItem));
            if (!denseAndDistinct(meeting)) {
                duplicates++;
            }
        }
        assertEquals("rounds with two agenda items in one position", 0, duplicates);
    }

    @Test
    @NonTransactional
    public void requestsAcceptedAtOnceNeverSharePositions() {
        int duplicates = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int meeting = meetings.create(council, meeting(round, null)).id();
            bed.actAs(EDITOR);
            int[] requests = new int[CONTENDERS];
            for (int i = 0; i < CONTENDERS; i++) {
                requests[i] = agendaRequests.submit(meeting, new AgendaRequestInput("Ønske " + i, null)).id();
            }
            bed.actAs(SECRETARY);
            Race.run(CONTENDERS, i -> agendaRequests.answer(requests[i], new AgendaRequestChange("ACCEPTED", null, 0)))
                    .forEach(outcome -> assertTrue("every request is accepted: " + outcome, outcome instanceof AgendaRequest));
            if (!denseAndDistinct(meeting)) {
                duplicates++;
            }
        }
        assertEquals("rounds with two agenda items in one position", 0, duplicates);
    }

    @Test
    @NonTransactional
    public void whoLosesARaceForTheNextStepGetsAConflictWithTheStateNow() {
        int refusedAsInvalid = 0;
        int conflictsWithoutState = 0;
        String[] steps = {"AGENDA_PUBLISHED", "CANCELLED", "AGENDA_PUBLISHED"};
        for (int round = 0; round < ROUNDS; round++) {
            int meeting = meetings.create(council, meeting(round, null)).id();
            List<Object> outcomes = Race.run(CONTENDERS,
                    i -> meetings.transition(meeting, new MeetingTransitionInput(steps[i], 0, true)));
            List<Meeting> won = outcomes.stream().filter(Meeting.class::isInstance).map(Meeting.class::cast).toList();
            assertEquals("one step wins: " + outcomes, 1, won.size());
            for (Object outcome : outcomes) {
                if (outcome instanceof ValidationException) {
                    refusedAsInvalid++;
                } else if (outcome instanceof WorkflowConflictException conflict) {
                    assertEquals(409, conflict.status());
                    Meeting now = (Meeting) conflict.current();
                    assertEquals(won.get(0).status(), now.status());
                    assertEquals(won.get(0).version(), now.version());
                } else if (outcome instanceof StaleVersionException) {
                    conflictsWithoutState++;
                } else {
                    assertTrue("a loser gets a conflict: " + outcome, outcome instanceof Meeting);
                }
            }
        }
        assertEquals("losers refused with a 400 instead of a 409", 0, refusedAsInvalid);
        assertEquals("losers told of a conflict without the state now", 0, conflictsWithoutState);
    }

    private boolean denseAndDistinct(int meeting) {
        List<Integer> positions = Arrays.stream(ao.find(AgendaItemEntity.class, "MEETING_ID = ?", meeting))
                .map(AgendaItemEntity::getSortOrder).sorted().toList();
        Set<Integer> distinct = positions.stream().collect(Collectors.toSet());
        return distinct.size() == positions.size() && positions.get(positions.size() - 1) == positions.size() - 1;
    }

    private static MeetingInput meeting(int round, Long page) {
        return new MeetingInput("ORDINARY", LocalDate.of(2027, 1, 4).plusDays(round).toString(), "17:00", null,
                null, null, null, page, null);
    }

    private static void assertOnlyFieldErrors(List<Object> outcomes) {
        for (Object outcome : outcomes) {
            assertTrue("a loser is refused with a field error: " + outcome,
                    !(outcome instanceof Throwable) || outcome instanceof ValidationException);
        }
    }
}
