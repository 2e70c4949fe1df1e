package org.samraad.plan;

import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.council.CouncilReferences;
import org.springframework.stereotype.Component;

/** Annual plan entries and their staff are part of a council's record (staff name organisations too); calendar feeds are personal subscriptions and go with it. */
@Component
public class PlanCouncilReferences implements CouncilReferences {
    @Override
    public List<Class<? extends RawEntity<Integer>>> namingCouncil() {
        return List.of(PlanEntryEntity.class, PlanEntryStaffEntity.class);
    }

    @Override
    public List<Class<? extends RawEntity<Integer>>> namingOrganisation() {
        return List.of(PlanEntryStaffEntity.class);
    }

    @Override
    public List<Class<? extends RawEntity<Integer>>> goingWithCouncil() {
        return List.of(CalendarFeedEntity.class);
    }
}
