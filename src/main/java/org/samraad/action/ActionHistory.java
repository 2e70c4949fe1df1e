package org.samraad.action;

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
import org.samraad.council.CouncilZone;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.HistoryNames;
import org.samraad.council.MemberVisibility;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * What changed on an action: one row per changed field (who by user key, when by {@link TimeSource}), written by
 * {@link ActionWorkflow} in the same transaction as the change, so there is never a change without its history;
 * read newest first by whoever can read the action.
 */
@Component
public class ActionHistory {
    static final String CREATED = "created";
    /** A progress note given with an update: the text as the new value, no old value. */
    static final String NOTE = "note";

    private final ActiveObjects ao;
    private final CouncilService councils;
    private final MemberVisibility visibility;
    private final CurrentUser currentUser;
    private final TimeSource time;

    public ActionHistory(
            @ComponentImport ActiveObjects ao,
            CouncilService councils,
            MemberVisibility visibility,
            CurrentUser currentUser,
            TimeSource time) {
        this.ao = ao;
        this.councils = councils;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** What changed, newest first; readable by whoever can read the action. */
    public List<ActionHistoryEntry> history(int id) {
        ActionItemEntity action = ao.get(ActionItemEntity.class, id);
        if (action == null) {
            throw new NotFoundException();
        }
        Council council = councils.get(action.getCouncilId());
        ActionHistoryEntity[] rows = ao.find(ActionHistoryEntity.class,
                Query.select().where("ACTION_ID = ?", id).order("CHANGED_AT DESC, ID DESC"));
        // people in a history (who changed it, owners before and after) are named by the member list's rule
        HistoryNames names = visibility.historyNames(council, CouncilZone.today(time, council));
        return Arrays.stream(rows).map(row -> {
            Function<String, String> value = PersonalHistoryFields.OWNER_USER_KEY.equals(row.getChangeKind())
                    ? names::userValue
                    : PersonalHistoryFields.OWNER_NAME.equals(row.getChangeKind()) ? names::person
                    : Function.identity();
            return new ActionHistoryEntry(
                    row.getChangedAt().toInstant(),
                    names.user(row.getChangedBy()),
                    row.getChangeKind(),
                    value.apply(row.getOldValue()),
                    value.apply(row.getNewValue()));
        }).toList();
    }

    /** One row per field whose value differs, in the order of {@code old}. */
    void recordChanges(int actionId, Date when, Map<String, String> old, Map<String, String> changed) {
        for (Map.Entry<String, String> field : old.entrySet()) {
            String newValue = changed.get(field.getKey());
            if (!Objects.equals(field.getValue(), newValue)) {
                record(actionId, when, field.getKey(), field.getValue(), newValue);
            }
        }
    }

    void record(int actionId, Date when, String field, String oldValue, String newValue) {
        ActionHistoryEntity history = ao.create(
                ActionHistoryEntity.class,
                new DBParam("ACTION_ID", actionId),
                new DBParam("CHANGED_AT", when),
                new DBParam("CHANGE_KIND", field));
        history.setChangedBy(currentUser.userKey().orElse(null));
        history.setOldValue(oldValue);
        history.setNewValue(newValue);
        history.save();
    }

    /** The history goes with its action: an action entered by mistake leaves nothing behind. */
    void erase(int actionId) {
        ao.deleteWithSQL(ActionHistoryEntity.class, "ACTION_ID = ?", actionId);
    }
}
