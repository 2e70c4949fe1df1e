package org.samraad.council;


import static org.samraad.platform.sql.SqlStatements.placeholders;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import org.samraad.action.ActionHistoryEntity;
import org.samraad.action.ActionItemEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.hearing.HearingEventEntity;
import org.samraad.meeting.AgendaAttachmentEntity;
import org.samraad.meeting.AgendaDissenterEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaRequestEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.plan.CalendarFeedEntity;
import org.samraad.plan.PlanEntryEntity;
import org.springframework.stereotype.Component;

/**
 * Deletes everything the plugin holds for a space that Confluence has removed: its councils and all that hangs
 * off them, and the organisations maintained in it. Nothing may be orphaned (ARCHITECTURE §5). Runs in the
 * caller's transaction; deletes in chunks so a large council does not cost one statement per row.
 */
@Component
public class SpaceDataRemover {
    private static final int CHUNK = 500;
    private final ActiveObjects ao;

    public SpaceDataRemover(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public void removeSpace(String spaceKey) {
        List<Integer> councils = ids(ao.find(CouncilEntity.class, "SPACE_KEY = ?", spaceKey));
        List<Integer> meetings = idsWhereIn(MeetingEntity.class, "COUNCIL_ID", councils);
        List<Integer> actions = idsWhereIn(ActionItemEntity.class, "COUNCIL_ID", councils);
        List<Integer> hearings = idsWhereIn(HearingEntity.class, "COUNCIL_ID", councils);

        deleteWhereIn(AgendaDissenterEntity.class, "AGENDA_ITEM_ID",
                idsWhereIn(AgendaItemEntity.class, "MEETING_ID", meetings));
        deleteWhereIn(AgendaAttachmentEntity.class, "MEETING_ID", meetings);
        deleteWhereIn(AttendanceEntity.class, "MEETING_ID", meetings);
        deleteWhereIn(AgendaItemEntity.class, "MEETING_ID", meetings);
        deleteWhereIn(ActionHistoryEntity.class, "ACTION_ID", actions);
        deleteWhereIn(HearingEventEntity.class, "HEARING_ID", hearings);
        for (Class<? extends RawEntity<Integer>> perCouncil : List.<Class<? extends RawEntity<Integer>>>of(
                AgendaRequestEntity.class, MeetingEntity.class, ActionItemEntity.class, HearingEntity.class,
                PlanEntryEntity.class, CalendarFeedEntity.class, MemberEntity.class, SeatEntity.class)) {
            deleteWhereIn(perCouncil, "COUNCIL_ID", councils);
        }
        deleteWhereIn(CouncilEntity.class, "ID", councils);
        ao.deleteWithSQL(OrganisationEntity.class, "SPACE_KEY = ?", spaceKey);
    }

    private <T extends Entity> List<Integer> idsWhereIn(Class<T> type, String column, List<Integer> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        ArrayList<Integer> ids = new ArrayList<>();
        for (List<Integer> chunk : chunks(values)) {
            ids.addAll(ids(ao.find(type, column + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray())));
        }
        return ids;
    }

    private void deleteWhereIn(Class<? extends RawEntity<Integer>> type, String column, List<Integer> values) {
        for (List<Integer> chunk : chunks(values)) {
            ao.deleteWithSQL(type, column + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    private static List<List<Integer>> chunks(List<Integer> values) {
        ArrayList<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static List<Integer> ids(Entity[] rows) {
        return Arrays.stream(rows).map(Entity::getID).toList();
    }
}
