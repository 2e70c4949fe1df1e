package org.samraad.involvement;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.council.HistoryNames;
import org.samraad.council.MemberVisibility;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * What changed on an actor: one row per changed field, written in the transaction of the change; read newest first
 * by whoever can read the actor. People (who changed it, the staff member before and after) are named by the
 * member list's rule; the contact person is never kept in the history.
 */
@Component
public class InvolvementHistory {
    static final String CREATED = "created";
    static final String STAFF = "staffUserKey";
    static final String CONTACT = "contact";

    private final ActiveObjects ao;
    private final CouncilService councils;
    private final MemberVisibility visibility;
    private final CurrentUser currentUser;
    private final TimeSource time;

    public InvolvementHistory(@ComponentImport ActiveObjects ao, CouncilService councils,
            MemberVisibility visibility, CurrentUser currentUser, TimeSource time) {
        this.ao = ao;
        this.councils = councils;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.time = time;
    }

    public List<InvolvementHistoryEntry> history(int actorId) {
        InvolvementActorEntity actor = ao.get(InvolvementActorEntity.class, actorId);
        if (actor == null) {
            throw new NotFoundException();
        }
        Council council = councils.get(actor.getCouncilId());
        InvolvementHistoryEntity[] rows = ao.find(InvolvementHistoryEntity.class,
                Query.select().where("ACTOR_ID = ?", actorId).order("CHANGED_AT DESC, ID DESC"));
        HistoryNames names = visibility.historyNames(council, CouncilZone.today(time, council));
        return Arrays.stream(rows).map(row -> {
            Function<String, String> value = STAFF.equals(row.getChangeKind()) ? names::userValue : Function.identity();
            return new InvolvementHistoryEntry(row.getChangedAt().toInstant(), names.user(row.getChangedBy()),
                    row.getChangeKind(), value.apply(row.getOldValue()), value.apply(row.getNewValue()));
        }).toList();
    }

    /** One row per field whose value differs; the contact's row without values. */
    void recordChanges(int actorId, Date when, Map<String, String> old, Map<String, String> changed) {
        for (Map.Entry<String, String> field : old.entrySet()) {
            String newValue = changed.get(field.getKey());
            if (!Objects.equals(field.getValue(), newValue)) {
                boolean contact = CONTACT.equals(field.getKey());
                record(actorId, when, field.getKey(), contact ? null : field.getValue(), contact ? null : newValue);
            }
        }
    }

    void record(int actorId, Date when, String field, String oldValue, String newValue) {
        InvolvementHistoryEntity row = ao.create(InvolvementHistoryEntity.class, new DBParam("ACTOR_ID", actorId),
                new DBParam("CHANGED_AT", when), new DBParam("CHANGE_KIND", field));
        row.setChangedBy(currentUser.userKey().orElse(null));
        row.setOldValue(oldValue);
        row.setNewValue(newValue);
        row.save();
    }

    void erase(int actorId) {
        ao.deleteWithSQL(InvolvementHistoryEntity.class, "ACTOR_ID = ?", actorId);
    }
}
