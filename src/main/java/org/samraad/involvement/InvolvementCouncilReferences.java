package org.samraad.involvement;

import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.council.CouncilReferences;
import org.samraad.council.EntityColumn;
import org.springframework.stereotype.Component;

/**
 * An involvement process and its actors are part of a council's record; an actor names its organisation. No actor
 * names a member (the contact person is the actor's own).
 */
@Component
public class InvolvementCouncilReferences implements CouncilReferences {
    @Override
    public List<Class<? extends RawEntity<Integer>>> namingCouncil() {
        return List.of(InvolvementEntity.class, InvolvementActorEntity.class);
    }

    @Override
    public List<Class<? extends RawEntity<Integer>>> namingOrganisation() {
        return List.of(InvolvementActorEntity.class);
    }

    @Override
    public List<EntityColumn> namingMember() {
        return List.of();
    }
}
