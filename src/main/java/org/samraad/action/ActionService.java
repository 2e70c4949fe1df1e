package org.samraad.action;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberEntity;
import org.samraad.council.MemberRow;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.council.PersonStanding;
import org.samraad.council.ShownName;
import org.samraad.council.OrganisationService;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.Rows;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;
import java.util.ArrayList;
import org.samraad.platform.DateRule;

/**
 * Action items and their history. An action belongs to a council: whoever can view the council's space reads it
 * (404 otherwise), whoever can edit the space creates, changes and deletes it. Owned by a person (a Confluence user
 * by key, or a named person without an account) and/or an organisation the writer can see.
 *
 * <p>Status rules: DONE stores 100 % and the completion time. DONE and CANCELLED are final: a change that keeps an
 * action closed may not alter anything (so what was closed stays as it was closed, and one closed status cannot
 * turn into the other); setting the status back to OPEN or IN_PROGRESS reopens it explicitly, clears the completion
 * time, and may change other fields in the same request.
 *
 * <p>Every change writes one history row per changed field (who by user key, when by {@link TimeSource}) in the
 * same transaction as the change, so there is never a change without its history.
 */
@Component
public class ActionService {
    static final int TITLE_MAX = 450;
    static final int TEXT_MAX = 10_000;
    static final int NAME_MAX = 255;
    static final int USER_KEY_MAX = 255;
    static final int PERCENT_MAX = 100;
    static final String CREATED = "created";
    /** Control characters (NUL included, which PostgreSQL refuses) have no place in any text. */

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final OrganisationService organisations;
    private final ActionsQuery query;
    private final MemberVisibility visibility;
    private final MembersQuery members;
    private final UserAccessor users;
    private final CurrentUser currentUser;
    private final I18n i18n;
    private final TimeSource time;

    private final EventPublisher events;

    public ActionService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            SpacePermissions permissions,
            CouncilService councils,
            OrganisationService organisations,
            ActionsQuery query,
            MemberVisibility visibility,
            MembersQuery members,
            @ComponentImport UserAccessor users,
            CurrentUser currentUser,
            I18n i18n,
            TimeSource time,
            @ComponentImport EventPublisher events) {
        this.events = events;
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.permissions = permissions;
        this.councils = councils;
        this.organisations = organisations;
        this.query = query;
        this.visibility = visibility;
        this.members = members;
        this.users = users;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.time = time;
    }

    // --- reads

    /**
     * One window of the register. Three statements whatever the number of actions: the councils the caller can view
     * (councils are few, so the set is resolved first and handed to SQL as an IN list), the ordered ids of every
     * match (also the total), and the full rows of the window with their organisations' names.
     */
    public ActionPage list(ActionFilter filter) {
        Map<Integer, Council> viewable = viewableCouncils(filter);
        Optional<String> owner = owner(filter);
        if (viewable.isEmpty() || owner.isEmpty()) {
            return new ActionPage(List.of(), 0);
        }
        LocalDate today = CalendarDays.today(time);
        List<Integer> ids = query.matchingIds(viewable.keySet(), filter, owner.get().isEmpty() ? null : owner.get(),
                today);
        if (filter.offset() >= ids.size()) {
            return new ActionPage(List.of(), ids.size());
        }
        List<Integer> window = ids.subList(filter.offset(), (int) Math.min((long) filter.offset() + filter.limit(), ids.size()));
        Map<Integer, ActionRow> rows = query.byIds(window, caller(), today).stream()
                .collect(Collectors.toMap(ActionRow::id, Function.identity()));
        // an action deleted between the two statements is simply left out of this window
        return new ActionPage(window.stream().map(rows::get).filter(Objects::nonNull)
                .map(row -> item(row, viewable.get(row.councilId()), today)).toList(), ids.size());
    }

    /**
     * The register macro's data for one council the macro already resolved (with its one statement; the view
     * permission is checked again here, which costs no SQL): the window of actions and the totals per status and per organisation of every match. Two
     * statements whatever the number of actions: the ordered matches with status and organisation, then the full
     * rows of the window.
     */
    public ActionRegister register(Council council, ActionFilter filter) {
        permissions.require(Permission.VIEW, council.spaceKey());
        Optional<String> owner = owner(filter);
        if (owner.isEmpty()) {
            return ActionRegister.empty();
        }
        LocalDate today = CalendarDays.today(time);
        List<ActionsQuery.Match> matches = query.matches(List.of(council.id()), filter,
                owner.get().isEmpty() ? null : owner.get(), today);
        List<Integer> window = matches.stream().skip(filter.offset()).limit(filter.limit())
                .map(ActionsQuery.Match::id).toList();
        Map<Integer, ActionRow> rows = query.byIds(window, caller(), today).stream()
                .collect(Collectors.toMap(ActionRow::id, Function.identity()));
        List<ActionItem> items = window.stream().map(rows::get).filter(Objects::nonNull)
                .map(row -> item(row, council, today)).toList();
        return ActionRegister.of(new ActionPage(items, matches.size()), matches);
    }

    /** Every action matching the filter (paging ignored), for the CSV export: two statements. */
    public List<ActionItem> export(ActionFilter filter) {
        Map<Integer, Council> viewable = viewableCouncils(filter);
        Optional<String> owner = owner(filter);
        if (viewable.isEmpty() || owner.isEmpty()) {
            return List.of();
        }
        LocalDate today = CalendarDays.today(time);
        return query.matching(viewable.keySet(), filter.unlimited(), owner.get().isEmpty() ? null : owner.get(),
                        caller(), today)
                .stream().map(row -> item(row, viewable.get(row.councilId()), today)).toList();
    }

    public ActionItem get(int id) {
        LocalDate today = CalendarDays.today(time);
        ActionRow row = query.byId(id, caller(), today).orElseThrow(NotFoundException::new);
        return item(row, councils.get(row.councilId()), today);
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
        boolean insider = visibility.viewerOf(council, councilRows, CalendarDays.today(time)).insider();
        Map<String, String> names = new LinkedHashMap<>();
        Function<String, String> user = key -> key == null ? i18n.text("samraad.action.unknown-user")
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

    // --- writes

    public ActionItem create(ActionInput raw) {
        ActionInput input = normalised(raw);
        Validation validation = new Validation().required("councilId", input.councilId());
        Council council = null;
        if (input.councilId() != null) {
            council = visibleCouncil(input.councilId()).orElse(null);
            if (council == null) {
                validation.add(FieldError.of("councilId", "samraad.action.error.unknown-council"));
            }
        }
        if (council != null) {
            permissions.require(Permission.EDIT, council.spaceKey());
        }
        validate(validation, input, council, null);
        validateOrigin(validation, input, council);
        validation.throwIfInvalid();
        int councilId = council.id();
        Council owning = council;
        return transactions.inTransaction(() -> {
            Date now = Date.from(time.now());
            ActionStatus status = status(input);
            ActionItemEntity row = ao.create(
                    ActionItemEntity.class,
                    new DBParam("COUNCIL_ID", councilId),
                    new DBParam("TITLE", input.title()),
                    new DBParam("STATUS", status.name()),
                    new DBParam("PERCENT_DONE", percent(input, status)),
                    new DBParam("CREATED_AT", now),
                    new DBParam("VERSION", 0));
            copy(input, status, row);
            row.setMeetingId(input.meetingId());
            row.setAgendaItemId(input.agendaItemId());
            row.setCreatedBy(currentUser.userKey().orElse(null));
            row.setUpdatedAt(now);
            row.setCompletedAt(status == ActionStatus.DONE ? now : null);
            row.save();
            record(row.getID(), now, CREATED, null, input.title());
            events.publish(new ActionsChangedEvent(councilId));
            return written(row, owning);
        });
    }

    public ActionItem update(int id, ActionInput raw) {
        ActionInput normalised = normalised(raw);
        return transactions.inTransaction(() -> {
            ActionItemEntity row = entity(id);
            Council council = councils.get(row.getCouncilId());
            permissions.require(Permission.EDIT, council.spaceKey());
            ActionInput input = keepUnseenOwner(normalised, id, council);
            Validation validation = new Validation().required("version", input.version());
            if (input.councilId() != null && input.councilId() != row.getCouncilId()) {
                validation.add(FieldError.of("councilId", "samraad.action.error.council-fixed"));
            }
            if (input.meetingId() != null && !input.meetingId().equals(row.getMeetingId())) {
                validation.add(FieldError.of("meetingId", "samraad.action.error.origin-fixed"));
            }
            if (input.agendaItemId() != null && !input.agendaItemId().equals(row.getAgendaItemId())) {
                validation.add(FieldError.of("agendaItemId", "samraad.action.error.origin-fixed"));
            }
            validate(validation, input, council, row.getOrganisationId());
            validation.throwIfInvalid();
            ActionStatus before = ActionStatus.valueOf(row.getStatus());
            ActionStatus after = status(input);
            Map<String, String> old = values(row);
            if (before.isClosed() && after.isClosed()) {
                Map<String, String> wanted = values(input, after, percent(input, after));
                if (!wanted.equals(old)) {
                    throw new ValidationException(FieldError.of("status", "samraad.action.error.closed"));
                }
            }
            int version = versions.claim(ActionItemEntity.class, row.getID(), input.version());
            Date now = Date.from(time.now());
            LocalDate dueBefore = CalendarDays.toDay(row.getDueDate());
            copy(input, after, row);
            if (!Objects.equals(dueBefore, CalendarDays.toDay(row.getDueDate())) || (before.isClosed() && !after.isClosed())) {
                // a new due date, or a reopened action, is a new due state: its reminders go out again
                row.setDueReminderAt(null);
                row.setOverdueReminderAt(null);
            }
            if (after == ActionStatus.DONE && before != ActionStatus.DONE) {
                row.setCompletedAt(now);
            } else if (after != ActionStatus.DONE) {
                row.setCompletedAt(null);
            }
            row.setUpdatedAt(now);
            row.setVersion(version);
            row.save();
            Map<String, String> changed = values(row);
            for (Map.Entry<String, String> field : old.entrySet()) {
                String newValue = changed.get(field.getKey());
                if (!Objects.equals(field.getValue(), newValue)) {
                    record(row.getID(), now, field.getKey(), field.getValue(), newValue);
                }
            }
            events.publish(new ActionsChangedEvent(council.id()));
            return written(row, council);
        });
    }

    /**
     * An update from a caller who was shown "name not published" or "former member" for the owner: sent back as
     * it was shown (no user key, that text or no name, the same member), the stored owner stays, so saving a status
     * does not overwrite a person the caller could not see.
     */
    private ActionInput keepUnseenOwner(ActionInput input, int id, Council council) {
        ActionRow stored = query.byId(id, caller(), CalendarDays.today(time)).orElseThrow(NotFoundException::new);
        ShownName shown = owner(stored, council);
        boolean unseen = shown.hidden() || stored.ownerStanding() == PersonStanding.FORMER;
        if (!unseen || input.ownerUserKey() != null || !Objects.equals(input.ownerMemberId(), stored.ownerMemberId())
                || input.ownerName() != null && !input.ownerName().equals(shown.name())) {
            return input;
        }
        return new ActionInput(input.councilId(), input.title(), input.description(), stored.ownerUserKey(),
                stored.ownerName(), input.ownerMemberId(), input.organisationId(), input.dueDate(), input.status(),
                input.percentDone(), input.progressNote(), input.meetingId(), input.agendaItemId(), input.version());
    }

    /** Removes the action and its history: an action entered by mistake leaves nothing behind. */
    public void delete(int id) {
        transactions.inTransaction(() -> {
            ActionItemEntity row = entity(id);
            Council council = councils.get(row.getCouncilId());
            permissions.require(Permission.EDIT, council.spaceKey());
            ao.deleteWithSQL(ActionHistoryEntity.class, "ACTION_ID = ?", id);
            ao.delete(row);
            events.publish(new ActionsChangedEvent(council.id()));
        });
    }

    // --- rules

    /**
     * @param council null when the council is unknown (its own error is already there)
     * @param storedOrganisation the organisation the action has now: keeping it needs no visibility, so an editor
     *     can change the due date of an action another editor gave to an organisation of a space only they can see
     */
    private void validate(Validation validation, ActionInput input, Council council, Integer storedOrganisation) {
        validation.required("title", input.title())
                .line("title", input.title(), TITLE_MAX)
                .text("description", input.description(), TEXT_MAX)
                .line("ownerUserKey", input.ownerUserKey(), USER_KEY_MAX)
                .line("ownerName", input.ownerName(), NAME_MAX)
                .text("progressNote", input.progressNote(), TEXT_MAX)
                .oneOf("status", input.status(), ActionStatus.class);
        if (input.ownerUserKey() != null && input.ownerName() != null) {
            validation.add(FieldError.of("ownerName", "samraad.action.error.user-or-name"));
        }
        if (input.ownerUserKey() == null && input.ownerName() == null && input.organisationId() == null) {
            validation.add(FieldError.of("owner", "samraad.action.error.owner-required"));
        }
        if (input.ownerUserKey() != null && !validation.hasErrorFor("ownerUserKey")
                && users.getExistingUserByKey(new UserKey(input.ownerUserKey())) == null) {
            validation.add(FieldError.of("ownerUserKey", "samraad.action.error.unknown-user"));
        }
        if (input.organisationId() != null && !input.organisationId().equals(storedOrganisation)
                && !organisations.isVisible(input.organisationId())) {
            validation.add(FieldError.of("organisationId", "samraad.action.error.unknown-organisation"));
        }
        if (input.ownerMemberId() != null) {
            MemberEntity member = ao.get(MemberEntity.class, input.ownerMemberId());
            if (member == null || council == null || member.getCouncilId() != council.id()) {
                validation.add(FieldError.of("ownerMemberId", "samraad.action.error.unknown-member"));
            }
        }
        validation.date("dueDate", input.dueDate());
        if (input.percentDone() != null && (input.percentDone() < 0 || input.percentDone() > PERCENT_MAX)) {
            validation.add(FieldError.of("percentDone", "samraad.action.error.percent"));
        }
    }

    /** The meeting must be one of the council's, the agenda item one of the meeting's. */
    private void validateOrigin(Validation validation, ActionInput input, Council council) {
        if (input.meetingId() != null) {
            MeetingEntity meeting = ao.get(MeetingEntity.class, input.meetingId());
            if (meeting == null || council == null || meeting.getCouncilId() != council.id()) {
                validation.add(FieldError.of("meetingId", "samraad.action.error.unknown-meeting"));
            }
        }
        if (input.agendaItemId() != null) {
            AgendaItemEntity item = ao.get(AgendaItemEntity.class, input.agendaItemId());
            if (item == null || input.meetingId() == null || item.getMeetingId() != input.meetingId()) {
                validation.add(FieldError.of("agendaItemId", "samraad.action.error.unknown-agenda-item"));
            }
        }
    }

    private static ActionStatus status(ActionInput input) {
        return input.status() == null ? ActionStatus.OPEN : Validation.parse(input.status(), ActionStatus.class);
    }

    /** DONE always means all of it, whatever the client sent. */
    private static int percent(ActionInput input, ActionStatus status) {
        if (status == ActionStatus.DONE) {
            return PERCENT_MAX;
        }
        return input.percentDone() == null ? 0 : input.percentDone();
    }

    private static LocalDate dueDate(ActionInput input) {
        return DateRule.day("dueDate", input.dueDate(), new ArrayList<>());
    }

    private static void copy(ActionInput input, ActionStatus status, ActionItemEntity row) {
        row.setTitle(input.title());
        row.setDescription(input.description());
        row.setOwnerUserKey(input.ownerUserKey());
        row.setOwnerName(input.ownerName());
        row.setOwnerMemberId(input.ownerMemberId());
        row.setOrganisationId(input.organisationId());
        row.setDueDate(CalendarDays.toDate(dueDate(input)));
        row.setStatus(status.name());
        row.setPercentDone(percent(input, status));
        row.setProgress(input.progressNote());
    }

    /** The fields history tracks, as text, by the names the API uses; in the order a history reads best. */
    private static Map<String, String> values(ActionItemEntity row) {
        return values(row.getTitle(), row.getDescription(), row.getOwnerUserKey(), row.getOwnerName(),
                row.getOwnerMemberId(), row.getOrganisationId(), CalendarDays.toDay(row.getDueDate()), row.getStatus(),
                row.getPercentDone(), row.getProgress());
    }

    private static Map<String, String> values(ActionInput input, ActionStatus status, int percent) {
        return values(input.title(), input.description(), input.ownerUserKey(), input.ownerName(),
                input.ownerMemberId(), input.organisationId(), dueDate(input), status.name(), percent,
                input.progressNote());
    }

    private static Map<String, String> values(String title, String description, String ownerUserKey, String ownerName,
            Integer ownerMemberId, Integer organisationId, LocalDate dueDate, String status, int percent, String note) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("description", description);
        values.put(PersonalHistoryFields.OWNER_USER_KEY, ownerUserKey);
        values.put(PersonalHistoryFields.OWNER_NAME, ownerName);
        values.put("ownerMemberId", text(ownerMemberId));
        values.put("organisationId", text(organisationId));
        values.put("dueDate", text(dueDate));
        values.put("status", status);
        values.put("percentDone", String.valueOf(percent));
        values.put("progressNote", note);
        return values;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private void record(int actionId, Date when, String field, String oldValue, String newValue) {
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

    // --- reading helpers

    /** The councils a list may show: the one asked for (404 if the caller cannot view it), or every viewable one. */
    private Map<Integer, Council> viewableCouncils(ActionFilter filter) {
        List<Council> viewable = filter.councilId() != null ? List.of(councils.get(filter.councilId()))
                : councils.list(null);
        return viewable.stream().collect(Collectors.toMap(Council::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private String caller() {
        return currentUser.userKey().orElse(null);
    }

    /**
     * The owner filter as a user key: empty text for "any owner", the caller's key for {@code @me}, and no value
     * at all (nothing can match) for {@code @me} asked anonymously.
     */
    private Optional<String> owner(ActionFilter filter) {
        if (filter.owner() == null) {
            return Optional.of("");
        }
        if (ActionFilter.ME.equalsIgnoreCase(filter.owner())) {
            return currentUser.userKey();
        }
        return Optional.of(filter.owner());
    }

    private Optional<Council> visibleCouncil(int councilId) {
        try {
            return Optional.of(councils.get(councilId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private ActionItemEntity entity(int id) {
        return Rows.existing(ao, ActionItemEntity.class, id);
    }

    /** The record of a row just written, with the organisation's name read through the same query as lists. */
    private ActionItem written(ActionItemEntity row, Council council) {
        LocalDate today = CalendarDays.today(time);
        return item(query.byId(row.getID(), caller(), today).orElseThrow(NotFoundException::new), council, today);
    }

    private ActionItem item(ActionRow row, Council council, LocalDate today) {
        ShownName owner = owner(row, council);
        return new ActionItem(row.id(), row.councilId(), row.title(), row.description(), owner.userKey(),
                owner.name(), owner.hidden(), row.ownerMemberId(), row.organisationId(), row.organisationName(), row.dueDate(), row.status(),
                row.percentDone(), row.progressNote(), row.meetingId(), row.agendaItemId(), row.createdAt(),
                row.updatedAt(), row.completedAt(), row.overdueOn(today), row.version());
    }

    /** The owner as the caller may see them: the member list's rule decides. */
    private ShownName owner(ActionRow row, Council council) {
        boolean insider = visibility.seesUnpublishedNames(council.spaceKey(), row.callerServingInsider());
        return visibility.name(row.ownerStanding(), row.ownerUserKey(), row.ownerName(), insider);
    }

    /** Surrounding white space is never meant; empty optional fields are stored as absent. */
    private static ActionInput normalised(ActionInput input) {
        if (input == null) {
            throw new ValidationException(List.of());
        }
        return new ActionInput(input.councilId(), blankToNull(input.title()), blankToNull(input.description()),
                blankToNull(input.ownerUserKey()), blankToNull(input.ownerName()), input.ownerMemberId(),
                input.organisationId(), blankToNull(input.dueDate()), blankToNull(input.status()),
                input.percentDone(), blankToNull(input.progressNote()), input.meetingId(), input.agendaItemId(),
                input.version());
    }
}
