package org.samraad.action;

import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.council.CouncilReferences;
import org.samraad.council.EntityColumn;
import org.springframework.stereotype.Component;

/** Action items of any status are part of a council's record, and name their owner's organisation and member. */
@Component
public class ActionCouncilReferences implements CouncilReferences {
    @Override
    public List<Class<? extends RawEntity<Integer>>> namingCouncil() {
        return List.of(ActionItemEntity.class);
    }

    @Override
    public List<Class<? extends RawEntity<Integer>>> namingOrganisation() {
        return List.of(ActionItemEntity.class);
    }

    @Override
    public List<EntityColumn> namingMember() {
        return List.of(new EntityColumn(ActionItemEntity.class, "OWNER_MEMBER_ID"));
    }
}
