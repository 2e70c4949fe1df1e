package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberVisibility;
import org.samraad.council.ShownName;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.Rows;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.UserNames;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda: numbered items with kinds, presenters, durations and computed start times, texts from case
 * presentation to decision, and attachments (bilag). Whoever can view the meeting's space reads it when {@link MeetingDisclosure} says (closed items
 * and attachments as {@link AgendaAudience} says); whoever can edit the space changes it, until the minutes are
 * approved (reopen them first) or the meeting is cancelled: then every change is a 409.
 *
 * <p>Only insiders (space administrators and serving council members) may see, change or close closed items; an
 * editor who is not an insider changes an item's open attachments, and its closed ones stay as they were.
 *
 * <p>Positions are kept dense (0, 1, 2 …): a new item goes before "any other business", a deleted one closes its
 * gap, and a new order claims every item's version, so an edit made against the old order is a 409.
 */
@Component
public class AgendaService {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock rowLock;
    private final MeetingAccess meetings;
    private final AgendaQuery query;
    private final AgendaItemChecks checks;
    private final MeetingActions actions;
    private final MemberVisibility visibility;
    private final UserAccessor users;
    private final I18n i18n;
    private final TimeSource time;
    private final EventPublisher events;
    private final MinutesSnapshots snapshots;

    public AgendaService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock rowLock,
            MeetingAccess meetings,
            AgendaQuery query,
            AgendaItemChecks checks,
            MeetingActions actions,
            MemberVisibility visibility,
            @ComponentImport UserAccessor users,
            I18n i18n,
            TimeSource time,
            @ComponentImport EventPublisher events,
            MinutesSnapshots snapshots) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.rowLock = rowLock;
        this.meetings = meetings;
        this.query = query;
        this.checks = checks;
        this.actions = actions;
        this.visibility = visibility;
        this.users = users;
        this.i18n = i18n;
        this.time = time;
        this.events = events;
        this.snapshots = snapshots;
    }

    // --- reads

    /** The agenda as the caller may see it: two statements (the meeting with the caller's standing, the items). */
    public List<AgendaItem> list(int meetingId) {
        MeetingContext context = meetings.view(meetingId);
        return agenda(context, AgendaAudience.of(context));
    }

    /**
     * The agenda of a meeting the caller already holds, for an audience no wider than the caller, as
     * {@link MeetingDisclosure} allows (no items yet is an empty agenda, and costs no statement): one statement.
     */
    public List<AgendaItem> agenda(MeetingContext context, AgendaAudience audience) {
        AgendaAudience allowed = audience == AgendaAudience.INSIDER && !context.viewer().insider()
                ? AgendaAudience.OUTSIDER : audience;
        MeetingDisclosure disclosure = MeetingDisclosure.of(context);
        if (!disclosure.itemsIn(allowed)) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        // approved minutes are read as approved (MinutesSnapshots), names as they were then
        Optional<FrozenMinutes> approved = snapshots.of(context).map(MinutesSnapshots.Snapshot::minutes);
        Function<String, String> fullName = key -> names.computeIfAbsent(key, fullNames(approved));
        List<AgendaRow> rows = approved.isPresent()
                ? approved.get().agendaRows(i18n.text("samraad.member.former"))
                : query.agenda(context.meeting().id(), context.council().id());
        List<AgendaItem> items = AgendaLayout.arrange(rows, context.meeting().startsAt(), context.zone(), allowed,
                disclosure.record(), fullName);
        // dissenters are part of the record: they reach others only when decisions and dissent do
        return disclosure.record() ? withDissenters(items, rows, allowed == AgendaAudience.INSIDER, fullName) : items;
    }

    /** Dissenters are council members: named by the member list's rule, and not at all on a restricted item. */
    private List<AgendaItem> withDissenters(List<AgendaItem> items, List<AgendaRow> rows, boolean insider,
            Function<String, String> fullName) {
        Map<Integer, List<AgendaRow.Dissenter>> byItem = new HashMap<>();
        rows.forEach(row -> byItem.put(row.id(), row.dissenters()));
        return items.stream().map(item -> {
            List<AgendaRow.Dissenter> dissenters = byItem.getOrDefault(item.id(), List.of());
            if (item.restricted() || dissenters.isEmpty()) {
                return item;
            }
            return item.withDissenters(dissenters.stream().map(d -> {
                ShownName shown = visibility.name(d.standing(), d.userKey(), d.name(), insider, fullName);
                return new AgendaDissenter(d.memberId(), shown.name(), shown.hidden());
            }).toList());
        }).toList();
    }

    /** The actions a meeting page lists ({@link #followUp}), without the number of those it leaves out. */
    public List<ActionSummary> actions(MeetingContext context) {
        return followUp(context).actions();
    }

    /**
     * The actions a meeting page lists, in one statement: those that came from this meeting and the most urgent of
     * the council's other open actions (the carry-over under follow-up, overdue first), and whether there are more
     * ({@link MeetingActions#forMeeting}); of approved minutes, the list as it stood on the day of approval
     * ({@link MinutesSnapshots}). The caller holds the context, so may view the council's space, where the actions
     * live. Owners are named to the caller by the member list's rule.
     */
    public MeetingActionList followUp(MeetingContext context) {
        boolean insider = context.viewer().insider();
        Optional<FrozenMinutes> approved = snapshots.of(context).map(MinutesSnapshots.Snapshot::minutes);
        Map<String, String> names = new HashMap<>();
        Function<String, String> fullName = key -> names.computeIfAbsent(key, fullNames(approved));
        MeetingActionList list = approved.isPresent()
                ? new MeetingActionList(approved.get().actions(), approved.get().moreCarriedOver())
                : actions.forMeeting(context.council().id(), context.meeting().id(),
                        CouncilZone.today(time, context.council()));
        return new MeetingActionList(list.actions().stream()
                .map(a -> a.shownAs(visibility.name(a.ownerStanding(), a.ownerUserKey(), a.ownerName(), insider,
                        fullName)))
                .toList(), list.moreCarriedOver());
    }

    /**
     * When a person was erased from the meeting's approved minutes, if one was: the minutes say so. Null for live
     * minutes, and for approved minutes no erasure touched. Read with the minutes (no further statement).
     */
    public Instant minutesErasedAt(MeetingContext context) {
        return snapshots.of(context).map(MinutesSnapshots.Snapshot::erasedAt).orElse(null);
    }

    /** Full names as they were when the minutes were approved, or Confluence's current ones for live minutes. */
    private Function<String, String> fullNames(Optional<FrozenMinutes> approved) {
        return approved.map(m -> m.names(this::fullName)).orElse(this::fullName);
    }

    /** A Confluence user's full name, or "unknown user" for a key Confluence no longer knows. */
    public String fullName(String userKey) {
        return UserNames.fullName(users, i18n, userKey);
    }

    // --- writes

    /** Adds an item before "any other business" (at the end if there is none). */
    public AgendaItem add(int meetingId, AgendaItemInput raw) {
        AgendaItemInput input = AgendaItemChecks.normalised(raw);
        MeetingContext context = meetings.edit(meetingId);
        checks.validate(input, context.council().id(), context.viewer().insider()).throwIfInvalid();
        int id = transactions.inTransaction(() -> {
            refuseChanges(meetingId);
            List<AgendaItemEntity> items = new ArrayList<>(Arrays.asList(items(meetingId)));
            int at = items.size();
            for (int i = 0; i < items.size(); i++) {
                if (StandingKind.AOB.name().equals(items.get(i).getStandingKind())) {
                    at = i;
                    break;
                }
            }
            AgendaItemEntity row = ao.create(AgendaItemEntity.class,
                    new DBParam("MEETING_ID", meetingId),
                    new DBParam("TITLE", input.title()),
                    new DBParam("KIND", Validation.parse(input.kind(), AgendaItemKind.class).name()),
                    new DBParam("SORT_ORDER", at),
                    new DBParam("VERSION", 0));
            copy(input, row);
            row.save();
            writeAttachments(row, input.attachments());
            writeDissenters(row.getID(), input.dissenterIds());
            items.add(at, row);
            renumber(items);
            return row.getID();
        });
        return written(context, id);
    }

    /** Replaces every field of an item and its attachment list; a stale version is a 409 and changes nothing. */
    public AgendaItem update(int itemId, AgendaItemInput raw) {
        AgendaItemInput input = AgendaItemChecks.normalised(raw);
        AgendaItemEntity existing = Rows.existing(ao, AgendaItemEntity.class, itemId);
        MeetingContext context = meetings.edit(existing.getMeetingId());
        boolean insider = context.viewer().insider();
        if (existing.isClosed() && !insider) {
            throw new NotFoundException();
        }
        Validation validation = checks.validate(input, context.council().id(), insider);
        validation.required("version", input.version()).throwIfInvalid();
        transactions.inTransaction(() -> {
            refuseChanges(existing.getMeetingId());
            int version = versions.claim(AgendaItemEntity.class, itemId, input.version());
            AgendaItemEntity row = ao.get(AgendaItemEntity.class, itemId);
            copy(input, row);
            row.setVersion(version);
            row.save();
            AgendaAttachmentEntity[] stored = ao.find(AgendaAttachmentEntity.class,
                    Query.select().where("AGENDA_ITEM_ID = ?", itemId).order("SORT_ORDER, ID"));
            List<AgendaAttachmentInput> wanted = new ArrayList<>(input.attachments());
            for (AgendaAttachmentEntity attachment : stored) {
                if (attachment.isClosed() && !insider) {
                    // the caller never saw it, so the list they sent cannot have meant to drop it
                    wanted.add(new AgendaAttachmentInput(attachment.getTitle(), attachment.getAttachmentId(),
                            attachment.getUrl(), true, attachment.getDocumentNumber()));
                }
            }
            ao.delete(stored);
            writeAttachments(row, wanted);
            writeDissenters(itemId, input.dissenterIds());
        });
        return written(context, itemId);
    }

    /**
     * Removes an item with its attachments; actions that came from it keep their meeting, not the item, and an
     * accepted agenda request it came from stays accepted without pointing at it.
     */
    public void delete(int itemId) {
        AgendaItemEntity existing = Rows.existing(ao, AgendaItemEntity.class, itemId);
        MeetingContext context = meetings.edit(existing.getMeetingId());
        if (existing.isClosed() && !context.viewer().insider()) {
            throw new NotFoundException();
        }
        transactions.inTransaction(() -> {
            refuseChanges(existing.getMeetingId());
            ao.deleteWithSQL(AgendaAttachmentEntity.class, "AGENDA_ITEM_ID = ?", itemId);
            ao.deleteWithSQL(AgendaDissenterEntity.class, "AGENDA_ITEM_ID = ?", itemId);
            actions.itemDeleted(itemId);
            for (AgendaRequestEntity request : ao.find(AgendaRequestEntity.class,
                    Query.select().where("AGENDA_ITEM_ID = ?", itemId))) {
                request.setAgendaItemId(null);
                request.save();
            }
            ao.deleteWithSQL(AgendaItemEntity.class, "ID = ?", itemId);
            renumber(Arrays.asList(items(existing.getMeetingId())));
        });
    }

    /**
     * Puts the items in the given order; the ids must be exactly the meeting's items, and "any other business" (if
     * there is one) last, else 400 with the reason in words.
     */
    public List<AgendaItem> reorder(int meetingId, AgendaOrder order) {
        MeetingContext context = meetings.edit(meetingId);
        List<Integer> ids = order == null || order.itemIds() == null ? List.of() : order.itemIds();
        transactions.inTransaction(() -> {
            refuseChanges(meetingId);
            Map<Integer, AgendaItemEntity> items = new HashMap<>();
            for (AgendaItemEntity item : items(meetingId)) {
                items.put(item.getID(), item);
            }
            Set<Integer> distinct = new HashSet<>(ids);
            if (ids.stream().anyMatch(Objects::isNull) || distinct.size() != ids.size() || !distinct.equals(items.keySet())) {
                throw new ValidationException(FieldError.of("itemIds", "samraad.agenda.error.order"));
            }
            // "any other business" closes the meeting: whatever is sent, nothing is ordered after it
            int last = ids.size() - 1;
            for (int i = 0; i < last; i++) {
                if (StandingKind.AOB.name().equals(items.get(ids.get(i)).getStandingKind())) {
                    throw new ValidationException(FieldError.of("itemIds", "samraad.agenda.error.after-aob"));
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                AgendaItemEntity item = items.get(ids.get(i));
                int version = versions.claim(AgendaItemEntity.class, item.getID(), item.getVersion());
                item.setSortOrder(i);
                item.setVersion(version);
                item.save();
            }
        });
        return agenda(context, AgendaAudience.of(context));
    }

    // --- helpers

    /**
     * Locks the meeting first: positions are dense over the whole agenda, so its writers take turns. Every agenda
     * write passes here, so here the meeting's page is announced as changed (its indexed text is read again later).
     */
    private void refuseChanges(int meetingId) {
        rowLock.lock(MeetingEntity.class, meetingId);
        MeetingEntity meeting = Rows.existing(ao, MeetingEntity.class, meetingId);
        AgendaLockedException.refuseChangesIn(MeetingStatus.valueOf(meeting.getStatus()));
        LiveContentChangedEvent.forPage(meeting.getPageId()).ifPresent(events::publish);
    }

    private AgendaItemEntity[] items(int meetingId) {
        return ao.find(AgendaItemEntity.class, Query.select().where("MEETING_ID = ?", meetingId).order("SORT_ORDER, ID"));
    }

    /** Positions 0, 1, 2 … in list order; only rows whose position moved are written. */
    private static void renumber(List<AgendaItemEntity> items) {
        for (int i = 0; i < items.size(); i++) {
            AgendaItemEntity item = items.get(i);
            if (item.getSortOrder() != i) {
                item.setSortOrder(i);
                item.save();
            }
        }
    }

    private static void copy(AgendaItemInput input, AgendaItemEntity row) {
        row.setTitle(input.title());
        row.setKind(Validation.parse(input.kind(), AgendaItemKind.class).name());
        StandingKind standing = Validation.parse(input.standingKind(), StandingKind.class);
        row.setStandingKind(standing == null ? null : standing.name());
        row.setPresenterUserKey(input.presenterUserKey());
        row.setPresenterName(input.presenterName());
        row.setDurationMinutes(input.durationMinutes() == null ? 0 : input.durationMinutes());
        row.setClosed(Boolean.TRUE.equals(input.closed()));
        row.setCasePresentation(input.casePresentation());
        row.setRecommendation(input.recommendation());
        row.setDecision(input.decision());
        row.setDissent(input.dissent());
        row.setEasyRead(input.easyRead());
        row.setHearingId(input.hearingId());
        row.setCaseNumber(input.caseNumber());
    }

    /** Replaces the item's dissenters; null (a client that does not send them) keeps the stored ones. */
    private void writeDissenters(int itemId, List<Integer> memberIds) {
        if (memberIds == null) {
            return;
        }
        ao.deleteWithSQL(AgendaDissenterEntity.class, "AGENDA_ITEM_ID = ?", itemId);
        for (Integer memberId : memberIds) {
            ao.create(AgendaDissenterEntity.class, new DBParam("AGENDA_ITEM_ID", itemId),
                    new DBParam("MEMBER_ID", memberId));
        }
    }

    private void writeAttachments(AgendaItemEntity item, List<AgendaAttachmentInput> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            AgendaAttachmentInput input = attachments.get(i);
            AgendaAttachmentEntity row = ao.create(AgendaAttachmentEntity.class,
                    new DBParam("AGENDA_ITEM_ID", item.getID()),
                    new DBParam("MEETING_ID", item.getMeetingId()),
                    new DBParam("TITLE", input.title()),
                    new DBParam("SORT_ORDER", i));
            row.setAttachmentId(input.attachmentId());
            row.setUrl(input.url());
            row.setClosed(Boolean.TRUE.equals(input.closed()));
            row.setDocumentNumber(input.documentNumber());
            row.save();
        }
    }

    private AgendaItem written(MeetingContext context, int itemId) {
        return agenda(context, AgendaAudience.of(context)).stream().filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
