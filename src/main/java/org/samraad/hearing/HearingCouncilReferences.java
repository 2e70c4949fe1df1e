package org.samraad.hearing;

import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.council.CouncilReferences;
import org.springframework.stereotype.Component;

/** Hearings of any status are part of a council's record. */
@Component
public class HearingCouncilReferences implements CouncilReferences {
    @Override
    public List<Class<? extends RawEntity<Integer>>> namingCouncil() {
        return List.of(HearingEntity.class);
    }
}
