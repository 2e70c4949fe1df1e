package org.samraad.meeting;

import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.council.CouncilReferences;
import org.samraad.council.EntityColumn;
import org.springframework.stereotype.Component;

/** Meetings and agenda requests are part of a council's record; attendance names members and guests' organisations. */
@Component
public class MeetingCouncilReferences implements CouncilReferences {
    @Override
    public List<Class<? extends RawEntity<Integer>>> namingCouncil() {
        return List.of(MeetingEntity.class, AgendaRequestEntity.class);
    }

    @Override
    public List<Class<? extends RawEntity<Integer>>> namingOrganisation() {
        return List.of(AttendanceEntity.class);
    }

    @Override
    public List<EntityColumn> namingMember() {
        return List.of(new EntityColumn(AttendanceEntity.class, "MEMBER_ID"), new EntityColumn(AgendaRequestEntity.class, "MEMBER_ID"));
    }
}
