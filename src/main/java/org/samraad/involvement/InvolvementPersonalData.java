package org.samraad.involvement;

import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import java.util.function.Consumer;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.samraad.council.EntityColumn;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReference;
import org.springframework.stereotype.Component;

/**
 * Where the involvement process points at people: the staff member who holds an actor's contact, who changed an
 * actor, the actor's contact person (by name) and the process's responsible people (a set in one column, cleared by
 * {@link #forget}). No citizen is ever recorded.
 */
@Component
public class InvolvementPersonalData implements PersonalDataHolder {
    /** A contact person goes with the details recorded beside the name. */
    private static final Consumer<InvolvementActorEntity> FORGET_CONTACT = a -> {
        a.setContactName(null);
        a.setContactConsent(false);
        a.setContactEmail(null);
        a.setContactPhone(null);
    };
    private final ActiveObjects ao;

    public InvolvementPersonalData(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<PersonalReference<?>> byUserKey() {
        return List.of(
                new PersonalReference<>(InvolvementActorEntity.class, "STAFF_USER_KEY", a -> a.setStaffUserKey(null)),
                new PersonalReference<>(InvolvementHistoryEntity.class, "CHANGED_BY", h -> h.setChangedBy(null)));
    }

    @Override
    public List<EntityColumn> byName() {
        return List.of(new EntityColumn(InvolvementActorEntity.class, "CONTACT_NAME"));
    }

    @Override
    public String councilScope(Class<? extends RawEntity<?>> type) {
        return type != InvolvementHistoryEntity.class ? null : "x.\"ACTOR_ID\" IN (SELECT p.\"ID\" FROM "
                + table(InvolvementActorEntity.class) + " p WHERE p.\"COUNCIL_ID\" IN (%s))";
    }

    /**
     * A person erased by name is no longer any actor's contact; by user key, no longer responsible for a process,
     * nor named as staff in an actor's history.
     */
    @Override
    public int forget(String person) {
        int rows = 0;
        for (InvolvementActorEntity actor : ao.find(InvolvementActorEntity.class,
                Query.select().where("CONTACT_NAME = ?", person))) {
            FORGET_CONTACT.accept(actor);
            actor.save();
            rows++;
        }
        for (InvolvementEntity process : ao.find(InvolvementEntity.class)) {
            List<String> keys = KeySet.decode(process.getResponsibleKeys());
            if (keys.remove(person)) {
                process.setResponsibleKeys(KeySet.encode(keys));
                process.save();
                rows++;
            }
        }
        for (InvolvementHistoryEntity change : ao.find(InvolvementHistoryEntity.class,
                Query.select().where("CHANGE_KIND = ?", InvolvementHistory.STAFF))) {
            if (person.equals(change.getOldValue()) || person.equals(change.getNewValue())) {
                change.setOldValue(person.equals(change.getOldValue()) ? null : change.getOldValue());
                change.setNewValue(person.equals(change.getNewValue()) ? null : change.getNewValue());
                change.save();
                rows++;
            }
        }
        return rows;
    }
}
