package org.samraad.meeting;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.samraad.council.Viewer;

/**
 * Who sees what of a meeting, when: every status against every kind of viewer. A cell reads "items, record, closed
 * items, public view": I = the agenda's items, R = decisions, dissent and attendance, C = closed items in full,
 * P = the public view shows the meeting; "-" = not shown.
 */
public class MeetingDisclosureTest {
    private static final Viewer ANONYMOUS_OR_READER = new Viewer(false, false, false, false);
    private static final Viewer EDITOR = new Viewer(false, true, false, false);
    private static final Viewer MEMBER_WHO_ONLY_VIEWS = new Viewer(true, false, false, false);
    private static final Viewer SPACE_ADMINISTRATOR = new Viewer(true, true, true, false);

    @Test
    public void readersSeeTheItemsFromPublicationAndTheRecordFromApproval() {
        assertEquals(List.of(
                "PLANNED ----",
                "AGENDA_PUBLISHED I---",
                "HELD I---",
                "MINUTES_APPROVED IR--",
                "PUBLISHED IR-P",
                "CANCELLED ----",
                "CANCELLED after the agenda went out I---"), cells(ANONYMOUS_OR_READER));
    }

    @Test
    public void spaceEditorsPrepareTheMeetingSoSeeItemsAndRecordAlwaysButClosedItemsNever() {
        assertEquals(List.of(
                "PLANNED IR--",
                "AGENDA_PUBLISHED IR--",
                "HELD IR--",
                "MINUTES_APPROVED IR--",
                "PUBLISHED IR-P",
                "CANCELLED IR--",
                "CANCELLED after the agenda went out IR--"), cells(EDITOR));
    }

    @Test
    public void insidersSeeEverythingAlwaysAndThePublicViewOnlyFromPublicationLikeEveryoneElse() {
        for (Viewer insider : List.of(MEMBER_WHO_ONLY_VIEWS, SPACE_ADMINISTRATOR)) {
            assertEquals(List.of(
                    "PLANNED IRC-",
                    "AGENDA_PUBLISHED IRC-",
                    "HELD IRC-",
                    "MINUTES_APPROVED IRC-",
                    "PUBLISHED IRCP",
                    "CANCELLED IRC-",
                    "CANCELLED after the agenda went out IRC-"), cells(insider));
        }
    }

    @Test
    public void thePublicViewIsTheOnlyViewThatWaitsForPublicationEvenForThoseWhoPrepare() {
        MeetingDisclosure held = MeetingDisclosure.of(MeetingStatus.MINUTES_APPROVED, true, SPACE_ADMINISTRATOR);
        assertEquals(true, held.itemsIn(AgendaAudience.INSIDER));
        assertEquals(false, held.itemsIn(AgendaAudience.PUBLIC));
        MeetingDisclosure published = MeetingDisclosure.of(MeetingStatus.PUBLISHED, true, ANONYMOUS_OR_READER);
        assertEquals(true, published.itemsIn(AgendaAudience.PUBLIC));
        MeetingDisclosure planned = MeetingDisclosure.of(MeetingStatus.PLANNED, false, ANONYMOUS_OR_READER);
        assertEquals(false, planned.itemsIn(AgendaAudience.OUTSIDER));
    }

    private static List<String> cells(Viewer viewer) {
        List<String> cells = new ArrayList<>();
        for (MeetingStatus status : MeetingStatus.values()) {
            cells.add(status + " " + cell(MeetingDisclosure.of(status, false, viewer)));
        }
        cells.add("CANCELLED after the agenda went out "
                + cell(MeetingDisclosure.of(MeetingStatus.CANCELLED, true, viewer)));
        return cells;
    }

    private static String cell(MeetingDisclosure d) {
        return (d.items() ? "I" : "-") + (d.record() ? "R" : "-") + (d.closedItems() ? "C" : "-")
                + (d.publicView() ? "P" : "-");
    }
}
