package org.samraad.action;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import net.java.ao.DBParam;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.DateRule;
import org.samraad.platform.FieldError;
import org.samraad.platform.Rows;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * Creating, changing and deleting actions. An action belongs to a council: whoever can edit the council's space
 * creates, changes and deletes it (checked here; {@link ActionChecks} checks the input).
 *
 * <p>Status rules: DONE stores 100 % and the completion time. DONE and CANCELLED are final: a change that keeps an
 * action closed may not alter anything (so what was closed stays as it was closed, and one closed status cannot
 * turn into the other); setting the status back to OPEN or IN_PROGRESS reopens it explicitly, clears the completion
 * time, and may change other fields in the same request.
 *
 * <p>Every change writes its {@link ActionHistory} in the same transaction as the change.
 */
@Component
public class ActionWorkflow {
    private static final String PROGRESS_NOTE = "progressNote";
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final ActionChecks checks;
    private final ActionHistory history;
    private final ActionReads reads;
    private final CurrentUser currentUser;
    private final TimeSource time;
    private final EventPublisher events;

    public ActionWorkflow(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            SpacePermissions permissions,
            CouncilService councils,
            ActionChecks checks,
            ActionHistory history,
            ActionReads reads,
            CurrentUser currentUser,
            TimeSource time,
            @ComponentImport EventPublisher events) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.permissions = permissions;
        this.councils = councils;
        this.checks = checks;
        this.history = history;
        this.reads = reads;
        this.currentUser = currentUser;
        this.time = time;
        this.events = events;
    }

    public ActionItem create(ActionInput raw) {
        ActionInput input = ActionChecks.normalised(raw);
        Validation validation = new Validation().required("councilId", input.councilId());
        Council council = null;
        if (input.councilId() != null) {
            council = checks.visibleCouncil(input.councilId()).orElse(null);
            if (council == null) {
                validation.add(FieldError.of("councilId", "samraad.action.error.unknown-council"));
            }
        }
        if (council != null) {
            permissions.require(Permission.EDIT, council.spaceKey());
        }
        checks.validate(validation, input, council, null);
        checks.validateOrigin(validation, input, council);
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
            history.record(row.getID(), now, ActionHistory.CREATED, null, input.title());
            if (input.note() != null) {
                history.record(row.getID(), now, ActionHistory.NOTE, null, input.note());
            }
            events.publish(new ActionsChangedEvent(councilId));
            return reads.written(row.getID(), owning);
        });
    }

    public ActionItem update(int id, ActionInput raw) {
        ActionInput normalised = ActionChecks.normalised(raw);
        return transactions.inTransaction(() -> {
            ActionItemEntity row = entity(id);
            Council council = councils.get(row.getCouncilId());
            permissions.require(Permission.EDIT, council.spaceKey());
            ActionInput input = checks.keepUnseenOwner(normalised, id, council);
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
            checks.validate(validation, input, council, row.getOrganisationId());
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
            if (input.note() != null) {
                // the note is its own history row, with who and when, even when it repeats the last one
                old.remove(PROGRESS_NOTE);
                changed.remove(PROGRESS_NOTE);
            }
            history.recordChanges(row.getID(), now, old, changed);
            if (input.note() != null) {
                history.record(row.getID(), now, ActionHistory.NOTE, null, input.note());
            }
            events.publish(new ActionsChangedEvent(council.id()));
            return reads.written(row.getID(), council);
        });
    }

    /**
     * Removes the action and its history, as one transaction: an action entered by mistake leaves nothing behind,
     * and a failure leaves both as they were (never one without the other). {@link ActionDeletion} says who may.
     *
     * @param version the version the caller saw, or null (the API before versions on delete): a stale one is a
     *     409 and nothing is deleted
     */
    public void delete(int id, Integer version) {
        transactions.inTransaction(() -> {
            ActionItemEntity row = entity(id);
            Council council = councils.get(row.getCouncilId());
            ActionDeletion.require(permissions, council);
            if (version != null) {
                versions.claim(ActionItemEntity.class, row.getID(), version);
            }
            history.erase(id);
            ao.delete(row);
            events.publish(new ActionsChangedEvent(council.id()));
        });
    }

    public void delete(int id) {
        delete(id, null);
    }

    private static ActionStatus status(ActionInput input) {
        return input.status() == null ? ActionStatus.OPEN : Validation.parse(input.status(), ActionStatus.class);
    }

    /** DONE always means all of it, whatever the client sent: {@link ActionStatus#percentStored} decides. */
    private static int percent(ActionInput input, ActionStatus status) {
        return status.percentStored(input.percentDone());
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
        values.put(PROGRESS_NOTE, note);
        return values;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private ActionItemEntity entity(int id) {
        return Rows.existing(ao, ActionItemEntity.class, id);
    }
}
