package org.samraad.plan;

import java.util.List;
import org.samraad.council.EntityColumn;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReference;
import org.springframework.stereotype.Component;

/** A calendar feed is its user's: clearing the key revokes it, as a feed without its user serves nothing. */
@Component
public class PlanPersonalData implements PersonalDataHolder {
    @Override
    public List<PersonalReference<?>> byUserKey() {
        return List.of(new PersonalReference<>(CalendarFeedEntity.class, "USER_KEY", f -> f.setUserKey(null)));
    }

    /** A staff line names a person without an account: the per-person export finds it by the member's name. */
    @Override
    public List<EntityColumn> byName() {
        return List.of(new EntityColumn(PlanEntryStaffEntity.class, "NAME"));
    }
}
