package org.samraad.action;

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
 * Where actions point at people: owners, who created an action, who changed it, and the owners history keeps as
 * text. History belongs to a council through its action.
 */
@Component
public class ActionPersonalData implements PersonalDataHolder {
    /** An owner goes with the name copied beside the key. */
    private static final Consumer<ActionItemEntity> FORGET_OWNER = a -> {
        a.setOwnerUserKey(null);
        a.setOwnerName(null);
    };
    private final ActiveObjects ao;

    public ActionPersonalData(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<PersonalReference<?>> byUserKey() {
        return List.of(
                new PersonalReference<>(ActionItemEntity.class, "OWNER_USER_KEY", FORGET_OWNER),
                new PersonalReference<>(ActionItemEntity.class, "CREATED_BY", a -> a.setCreatedBy(null)),
                new PersonalReference<>(ActionHistoryEntity.class, "CHANGED_BY", h -> h.setChangedBy(null)));
    }

    @Override
    public List<PersonalReference<?>> byMemberId() {
        return List.of(new PersonalReference<>(ActionItemEntity.class, "OWNER_MEMBER_ID", FORGET_OWNER));
    }

    @Override
    public List<EntityColumn> byName() {
        return List.of(new EntityColumn(ActionItemEntity.class, "OWNER_NAME"));
    }

    @Override
    public String councilScope(Class<? extends RawEntity<?>> type) {
        return type != ActionHistoryEntity.class ? null : "x.\"ACTION_ID\" IN (SELECT p.\"ID\" FROM "
                + table(ActionItemEntity.class) + " p WHERE p.\"COUNCIL_ID\" IN (%s))";
    }

    /**
     * History keeps who owned an action as text. Those values are unlimited text, which is never filtered in SQL,
     * so the owner changes are read and compared here; erasure is rare, and the rows stay as history.
     */
    @Override
    public int forget(String person) {
        int rows = 0;
        for (ActionHistoryEntity change : ao.find(ActionHistoryEntity.class, Query.select()
                .where("CHANGE_KIND IN (?, ?)", PersonalHistoryFields.OWNER_USER_KEY, PersonalHistoryFields.OWNER_NAME))) {
            boolean named = person.equals(change.getOldValue()) || person.equals(change.getNewValue());
            if (named) {
                change.setOldValue(person.equals(change.getOldValue()) ? null : change.getOldValue());
                change.setNewValue(person.equals(change.getNewValue()) ? null : change.getNewValue());
                change.save();
                rows++;
            }
        }
        return rows;
    }
}
