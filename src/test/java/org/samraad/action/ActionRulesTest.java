package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;
import org.samraad.council.Viewer;
import org.samraad.meeting.MeetingDisclosure;
import org.samraad.meeting.MeetingStatus;

/**
 * The rules of issue 15, point 4, without a database: Done is all of it (one place, {@link
 * ActionStatus#percentStored}), and what a reader sees of where an action came from ({@link ActionOriginRule#shown}).
 */
public class ActionRulesTest {
    private static final Viewer READER = new Viewer(false, false, false, false);
    private static final Viewer EDITOR = new Viewer(false, true, false, false);
    private static final Viewer INSIDER = new Viewer(true, false, false, false);
    private static final String PAGE = "/pages/viewpage.action?pageId=7";

    @Test
    public void doneIsAHundredPercentWhateverWasAskedAndEveryOtherStatusKeepsWhatWasAsked() {
        assertEquals(100, ActionStatus.DONE.percentStored(null));
        assertEquals(100, ActionStatus.DONE.percentStored(0));
        assertEquals(100, ActionStatus.DONE.percentStored(30));
        assertEquals(30, ActionStatus.IN_PROGRESS.percentStored(30));
        assertEquals(100, ActionStatus.IN_PROGRESS.percentStored(100));
        assertEquals("none asked is none done", 0, ActionStatus.OPEN.percentStored(null));
        assertEquals("cancelled is not done", 40, ActionStatus.CANCELLED.percentStored(40));
    }

    @Test
    public void aClosedItemsTitleReachesOnlyThoseWhoSeeClosedItemsAndTheItemOnlyThoseWhoSeeWhatItemsGave() {
        ActionRow.StoredOrigin closed = new ActionRow.StoredOrigin(3, "Møde 12. marts", 7L, MeetingStatus.HELD, true, 11,
                4, "Sag om en borger", true);

        ActionOrigin reader = ActionOriginRule.shown(closed, disclosure(MeetingStatus.HELD, READER), PAGE);
        assertEquals("before approval: the meeting, not the item", new ActionOrigin(3, "Møde 12. marts", PAGE, null, null),
                reader);
        ActionOrigin editor = ActionOriginRule.shown(closed, disclosure(MeetingStatus.HELD, EDITOR), PAGE);
        assertEquals("an editor prepares the minutes: the item's number, never a closed title",
                new ActionOrigin(3, "Møde 12. marts", PAGE + "#agenda-item-11", 4, null), editor);
        ActionOrigin approved = ActionOriginRule.shown(closed, disclosure(MeetingStatus.MINUTES_APPROVED, READER), PAGE);
        assertEquals(Integer.valueOf(4), approved.itemNumber());
        assertNull(approved.itemTitle());
        assertEquals("Sag om en borger",
                ActionOriginRule.shown(closed, disclosure(MeetingStatus.HELD, INSIDER), PAGE).itemTitle());

        ActionRow.StoredOrigin open = new ActionRow.StoredOrigin(3, "Møde", null, MeetingStatus.PUBLISHED, true, 12, 5,
                "Natcaféen", false);
        assertEquals("a meeting without a page: no link",
                new ActionOrigin(3, "Møde", null, 5, "Natcaféen"),
                ActionOriginRule.shown(open, disclosure(MeetingStatus.PUBLISHED, READER), null));
    }

    private static MeetingDisclosure disclosure(MeetingStatus status, Viewer viewer) {
        return MeetingDisclosure.of(status, true, viewer);
    }
}
