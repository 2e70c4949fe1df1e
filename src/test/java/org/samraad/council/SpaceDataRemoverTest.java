package org.samraad.council;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.core.util.ProgressMeter;
import java.util.LinkedHashMap;
import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import org.junit.Test;
import org.samraad.SamraadSchema;
import org.samraad.action.ActionItemEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.involvement.InvolvementActorEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MinutesSnapshotEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.SampleRows;

/** A removed space leaves nothing behind in any table, and other spaces keep everything. */
public class SpaceDataRemoverTest extends AoTestSupport {
    private final FakeConfluence confluence = new FakeConfluence().space("GONE");

    @Test
    public void removingASpaceDeletesEveryRowOfItsCouncilInEveryTableAndNothingElse() {
        fillEveryTableFor("GONE");
        Map<Class<?>, Integer> kept = fillEveryTableFor("KEPT");

        listener().onSpaceRemoved(new SpaceRemoveEvent(this, confluence.getSpace("GONE"), new ProgressMeter()));

        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            Entity[] rows = (Entity[]) ao.find(rawType(entity));
            assertEquals(entity.getSimpleName(), 1, rows.length);
            assertEquals(entity.getSimpleName(), kept.get(entity), Integer.valueOf(rows[0].getID()));
        }
    }

    @Test
    public void inReadOnlyModeTheListenerWritesNothing() {
        fillEveryTableFor("GONE");
        confluence.readOnly(true);

        listener().onSpaceRemoved(new SpaceRemoveEvent(this, confluence.getSpace("GONE"), new ProgressMeter()));

        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            assertEquals(entity.getSimpleName(), 1, ((Entity[]) ao.find(rawType(entity))).length);
        }
    }

    @Test
    public void removingASpaceWithoutACouncilChangesNothing() {
        fillEveryTableFor("KEPT");

        plugin().confluence(confluence).start().get(SpaceDataRemover.class).removeSpace("EMPTY");

        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            assertEquals(entity.getSimpleName(), 1, ((Entity[]) ao.find(rawType(entity))).length);
        }
    }

    private SpaceRemovedListener listener() {
        return plugin().confluence(confluence).start().get(SpaceRemovedListener.class);
    }

    /** One full row in every table, linked to a council in {@code spaceKey}; returns entity → row id. */
    private Map<Class<?>, Integer> fillEveryTableFor(String spaceKey) {
        Map<Class<?>, Integer> ids = new LinkedHashMap<>();
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("SPACE_KEY", spaceKey);
        // a unique column: each space's row has its own value
        links.put("DISPATCH_KEY", spaceKey + "/dispatch");
        create(CouncilEntity.class, links, ids);
        links.put("COUNCIL_ID", ids.get(CouncilEntity.class));
        create(MeetingEntity.class, links, ids);
        links.put("MEETING_ID", ids.get(MeetingEntity.class));
        create(AgendaItemEntity.class, links, ids);
        links.put("AGENDA_ITEM_ID", ids.get(AgendaItemEntity.class));
        create(ActionItemEntity.class, links, ids);
        links.put("ACTION_ID", ids.get(ActionItemEntity.class));
        create(HearingEntity.class, links, ids);
        links.put("HEARING_ID", ids.get(HearingEntity.class));
        create(MinutesSnapshotEntity.class, links, ids);
        links.put("SNAPSHOT_ID", ids.get(MinutesSnapshotEntity.class));
        create(InvolvementActorEntity.class, links, ids);
        links.put("ACTOR_ID", ids.get(InvolvementActorEntity.class));
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            if (!ids.containsKey(entity)) {
                create(entity, links, ids);
            }
        }
        return ids;
    }

    private void create(Class<? extends RawEntity<?>> entity, Map<String, Object> links, Map<Class<?>, Integer> ids) {
        Map<String, Object> row = SampleRows.fullRow(entityManager, entity);
        links.forEach((column, value) -> row.computeIfPresent(column, (c, old) -> value));
        ids.put(entity, ((Entity) ao.create(rawType(entity), row)).getID());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class rawType(Class<? extends RawEntity<?>> entity) {
        return entity;
    }
}
