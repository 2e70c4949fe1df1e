package org.samraad.involvement;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberRow;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.council.PersonStanding;
import org.samraad.involvement.InvolvementSettingsInput.TopicInput;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.FieldError;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.TextLengths;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.UserNames;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * A council's involvement process: its target groups and dimensions, deadline and responsible people. Whoever can
 * view the council's space reads it; whoever can edit the space sets it. The first save creates the row under a lock
 * of the council, so two first saves at once give one row and a 409.
 */
@Component
public class InvolvementSettingsService {
    static final int MAX_TOPICS = 30;
    static final int MAX_RESPONSIBLE = 10;

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock locks;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final MembersQuery members;
    private final MemberVisibility visibility;
    private final UserNames users;
    private final TimeSource time;

    public InvolvementSettingsService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock locks,
            SpacePermissions permissions,
            CouncilService councils,
            MembersQuery members,
            MemberVisibility visibility,
            UserNames users,
            TimeSource time) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.locks = locks;
        this.permissions = permissions;
        this.councils = councils;
        this.members = members;
        this.visibility = visibility;
        this.users = users;
        this.time = time;
    }

    /** Three statements: the council, the process, the council's members (to name the responsible people). */
    public InvolvementSettings get(int councilId) {
        Council council = councils.get(councilId);
        return shown(council, stored(councilId));
    }

    public InvolvementSettings update(int councilId, InvolvementSettingsInput input) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        if (input == null) {
            throw new ValidationException(List.of());
        }
        Validation validation = new Validation().required("version", input.version());
        LocalDate deadline = validation.date("deadline", blankToNull(input.deadline()));
        List<String> responsible = responsible(validation, input.responsibleUserKeys());
        StoredSettings before = stored(councilId);
        checkTopics(validation, "targetGroups", input.targetGroups(), before.targetGroups());
        checkTopics(validation, "dimensions", input.dimensions(), before.dimensions());
        validation.throwIfInvalid();
        StoredSettings saved = transactions.inTransaction(() -> {
            locks.lock(CouncilEntity.class, councilId);
            InvolvementEntity row = row(councilId);
            if (row == null) {
                if (input.version() != 0) {
                    throw new StaleVersionException();
                }
                row = ao.create(InvolvementEntity.class, new DBParam("COUNCIL_ID", councilId),
                        new DBParam("VERSION", 1), new DBParam("TOPIC_COUNTER", 1));
            } else {
                row.setVersion(versions.claim(InvolvementEntity.class, row.getID(), input.version()));
            }
            StoredSettings current = StoredSettings.of(row);
            int[] next = {current.nextTopicId()};
            row.setTargetGroups(Topics.encode(topics(input.targetGroups(), current.targetGroups(), next)));
            row.setDimensions(Topics.encode(topics(input.dimensions(), current.dimensions(), next)));
            row.setTopicCounter(next[0]);
            row.setDeadline(deadline == null ? null : CalendarDays.toDate(deadline));
            row.setResponsibleKeys(KeySet.encode(responsible));
            row.save();
            return StoredSettings.of(row);
        });
        return shown(council, saved);
    }

    StoredSettings stored(int councilId) {
        return StoredSettings.of(row(councilId));
    }

    private InvolvementEntity row(int councilId) {
        InvolvementEntity[] rows = ao.find(InvolvementEntity.class,
                Query.select().where("COUNCIL_ID = ?", councilId).order("ID").limit(1));
        return rows.length == 0 ? null : rows[0];
    }

    private InvolvementSettings shown(Council council, StoredSettings stored) {
        List<MemberRow> councilRows = stored.responsibleKeys().isEmpty() ? List.of() : members.ofCouncil(council.id());
        boolean insider = visibility.viewerOf(council, councilRows, CouncilZone.today(time, council)).insider();
        return new InvolvementSettings(council.id(), stored.targetGroups(), stored.dimensions(), stored.deadline(),
                stored.responsibleKeys().stream().map(key -> visibility.name(
                        PersonStanding.of(councilRows, null, key, null), key, null, insider)).toList(),
                stored.version());
    }

    // --- rules

    private List<String> responsible(Validation validation, List<String> keys) {
        Set<String> unique = new LinkedHashSet<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            String k = blankToNull(key);
            if (k == null) {
                continue;
            }
            if (!KeySet.fits(k) || !users.exists(k)) {
                validation.add(FieldError.of("responsibleUserKeys", "samraad.error.unknown-user"));
                return List.of();
            }
            unique.add(k);
        }
        if (unique.size() > MAX_RESPONSIBLE) {
            validation.add(FieldError.of("responsibleUserKeys", "samraad.involvement.error.too-many", MAX_RESPONSIBLE));
        }
        return new ArrayList<>(unique);
    }

    /** Names required, one-line, unique in the list (ignoring case); ids only of this list's stored topics. */
    private static void checkTopics(Validation validation, String field, List<TopicInput> sent,
            List<InvolvementTopic> stored) {
        List<TopicInput> topics = sent == null ? List.of() : sent;
        if (topics.size() > MAX_TOPICS) {
            validation.add(FieldError.of(field, "samraad.involvement.error.too-many", MAX_TOPICS));
            return;
        }
        Set<String> names = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        for (TopicInput topic : topics) {
            String name = topic == null ? null : blankToNull(topic.name());
            Validation one = new Validation().required(field, name).line(field, name, TextLengths.LINE);
            try {
                one.throwIfInvalid();
            } catch (ValidationException e) {
                validation.add(e.errors().get(0));
                return;
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                validation.add(FieldError.of(field, "samraad.involvement.error.duplicate-topic", name));
                return;
            }
            if (topic.id() != null && (!ids.add(topic.id()) || stored.stream().noneMatch(t -> t.id() == topic.id()))) {
                validation.add(FieldError.of(field, "samraad.involvement.error.unknown-topic"));
                return;
            }
        }
    }

    private static List<InvolvementTopic> topics(List<TopicInput> sent, List<InvolvementTopic> stored, int[] next) {
        List<InvolvementTopic> topics = new ArrayList<>();
        for (TopicInput topic : sent == null ? List.<TopicInput>of() : sent) {
            boolean known = topic.id() != null && stored.stream().anyMatch(t -> t.id() == topic.id());
            // an id removed meanwhile by a concurrent save cannot reach here: the version claim refused it
            topics.add(new InvolvementTopic(known ? topic.id() : next[0]++, blankToNull(topic.name())));
        }
        return topics;
    }
}
