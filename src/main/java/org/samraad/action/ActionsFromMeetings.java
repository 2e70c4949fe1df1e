package org.samraad.action;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import net.java.ao.Query;
import org.samraad.meeting.MeetingActionList;
import org.samraad.meeting.MeetingActions;
import org.springframework.stereotype.Component;

/** Actions as meetings see them: listed on the meeting page, and let go of when their meeting or item is deleted. */
@Component
public class ActionsFromMeetings implements MeetingActions {
    private final ActiveObjects ao;
    private final ActionsQuery query;

    public ActionsFromMeetings(@ComponentImport ActiveObjects ao, ActionsQuery query) {
        this.ao = ao;
        this.query = query;
    }

    @Override
    public MeetingActionList forMeeting(int councilId, int meetingId, LocalDate today) {
        return query.forMeeting(councilId, meetingId, today, CARRIED_OVER_LISTED);
    }

    @Override
    public void itemDeleted(int itemId) {
        for (ActionItemEntity action : ao.find(ActionItemEntity.class, Query.select().where("AGENDA_ITEM_ID = ?", itemId))) {
            action.setAgendaItemId(null);
            action.save();
        }
    }

    @Override
    public void meetingDeleted(int meetingId) {
        for (ActionItemEntity action : ao.find(ActionItemEntity.class, Query.select().where("MEETING_ID = ?", meetingId))) {
            action.setMeetingId(null);
            action.setAgendaItemId(null);
            action.save();
        }
    }
}
