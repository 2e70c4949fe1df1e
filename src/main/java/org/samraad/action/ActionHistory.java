package org.samraad.action;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.platform.UserNames;
import org.samraad.council.CouncilZone;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberRow;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.council.PersonStanding;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
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

    private final ActiveObjects ao;
    private final CouncilService councils;
    private final MemberVisibility visibility;
    private final MembersQuery members;
    private final CurrentUser currentUser;
    private final I18n i18n;
    private final TimeSource time;

    public ActionHistory(
            @ComponentImport ActiveObjects ao,
            CouncilService councils,
            MemberVisibility visibility,
            MembersQuery members,
            CurrentUser currentUser,
            I18n i18n,
            TimeSource time) {
        this.ao = ao;
        this.councils = councils;
        this.visibility = visibility;
        this.members = members;
        this.currentUser = currentUser;
        this.i18n = i18n;
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
        List<MemberRow> councilRows = members.ofCouncil(council.id());
        boolean insider = visibility.viewerOf(council, councilRows, CouncilZone.today(time, council)).insider();
        Map<String, String> names = new LinkedHashMap<>();
        Function<String, String> user = key -> key == null ? UserNames.unknown(i18n)
                : names.computeIfAbsent(key, k -> visibility.name(PersonStanding.of(councilRows, null, k, null), k,
                        null, insider).name());
        Function<String, String> named = name -> name == null ? null
                : visibility.name(PersonStanding.of(councilRows, null, null, name), null, name, insider).name();
        return Arrays.stream(rows).map(row -> {
            Function<String, String> value = PersonalHistoryFields.OWNER_USER_KEY.equals(row.getChangeKind())
                    ? key -> key == null ? null : user.apply(key)
                    : PersonalHistoryFields.OWNER_NAME.equals(row.getChangeKind()) ? named : Function.identity();
            return new ActionHistoryEntry(
                    row.getChangedAt().toInstant(),
                    user.apply(row.getChangedBy()),
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
