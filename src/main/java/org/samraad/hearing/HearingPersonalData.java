package org.samraad.hearing;

import static org.samraad.platform.sql.AoTableNames.table;

import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.council.EntityColumn;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReference;
import org.springframework.stereotype.Component;

/** Where hearings point at people: the responsible person and who took each step. Events belong through their hearing. */
@Component
public class HearingPersonalData implements PersonalDataHolder {
    @Override
    public List<PersonalReference<?>> byUserKey() {
        return List.of(
                new PersonalReference<>(HearingEntity.class, "RESPONSIBLE_USER_KEY", h -> {
                    h.setResponsibleUserKey(null);
                    h.setResponsibleName(null);
                }),
                new PersonalReference<>(HearingEventEntity.class, "USER_KEY", e -> e.setUserKey(null)));
    }

    @Override
    public List<EntityColumn> byName() {
        return List.of(new EntityColumn(HearingEntity.class, "RESPONSIBLE_NAME"));
    }

    @Override
    public String councilScope(Class<? extends RawEntity<?>> type) {
        return type != HearingEventEntity.class ? null : "x.\"HEARING_ID\" IN (SELECT p.\"ID\" FROM "
                + table(HearingEntity.class) + " p WHERE p.\"COUNCIL_ID\" IN (%s))";
    }
}
