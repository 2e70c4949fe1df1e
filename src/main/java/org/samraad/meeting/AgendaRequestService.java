package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.CouncilZone;
import org.samraad.council.Member;
import org.samraad.council.MemberRow;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.FieldError;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.Rows;
import org.samraad.platform.TextLengths;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.UserNames;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * Members' requests for agenda items (must-have 6). Whoever can view the meeting reads them once its agenda is
 * published, those who prepare it from the start, and a request that became a closed item only insiders (see
 * {@link #list(MeetingContext)}); the requester's name as {@link MemberVisibility} allows. Serving council members (other than observers) and space editors ask, while
 * the meeting is still planned or its agenda just published; a request after the end of the meeting's request
 * deadline, in the council's zone, is taken but marked late. The council's secretariat (space administrators and
 * serving secretaries who can edit the space) accepts or declines another person's request, the requester
 * withdraws; each once, with the version read. Accepting puts a discussion item on the agenda, before "any other
 * business", in the same transaction.
 */
@Component
public class AgendaRequestService {
    private static final Set<MeetingStatus> OPEN = EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.AGENDA_PUBLISHED);
    private static final Set<AgendaRequestStatus> ANSWERS =
            EnumSet.of(AgendaRequestStatus.ACCEPTED, AgendaRequestStatus.DECLINED, AgendaRequestStatus.WITHDRAWN);

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final ReadOnlySql sql;
    private final RowLock rowLock;
    private final MeetingAccess access;
    private final MembersQuery members;
    private final MemberVisibility visibility;
    private final UserNames users;
    private final CurrentUser currentUser;
    private final TimeSource time;

    private final EventPublisher events;

    public AgendaRequestService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock rowLock,
            MeetingAccess access,
            MembersQuery members,
            MemberVisibility visibility,
            UserNames users,
            CurrentUser currentUser,
            TimeSource time,
            ReadOnlySql sql,
            @ComponentImport EventPublisher events) {
        this.events = events;
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.rowLock = rowLock;
        this.sql = sql;
        this.access = access;
        this.members = members;
        this.visibility = visibility;
        this.users = users;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The instant after which a request for the meeting is late: the end of the deadline day where the council meets. */
    public static Optional<Instant> lateAfter(Meeting meeting) {
        LocalDate deadline = meeting.requestDeadline();
        return Optional.ofNullable(deadline)
                .map(day -> day.plusDays(1).atStartOfDay(meeting.zoneId()).toInstant());
    }

    /** Whether the caller may ask for an item on this meeting's agenda now. */
    public static boolean mayRequest(MeetingContext context) {
        return (context.viewer().insider() || context.viewer().editor()) && OPEN.contains(context.meeting().status());
    }

    // --- reads

    public List<AgendaRequest> list(int meetingId) {
        return list(access.view(meetingId));
    }

    /**
     * The requests of a meeting the caller already holds, oldest first: at most two statements. They are part of
     * preparing the agenda, so they follow its items ({@link MeetingDisclosure}): none for others until the agenda
     * is published, and never one that became a closed item for anyone but insiders.
     */
    public List<AgendaRequest> list(MeetingContext context) {
        MeetingDisclosure disclosure = MeetingDisclosure.of(context);
        if (!disclosure.items()) {
            return List.of();
        }
        Query query = disclosure.closedItems()
                ? Query.select().where("MEETING_ID = ?", context.meeting().id())
                : Query.select().where(sql.condition("MEETING_ID = ? AND (AGENDA_ITEM_ID IS NULL OR AGENDA_ITEM_ID NOT IN "
                        + "(SELECT " + column("ID") + " FROM " + table(AgendaItemEntity.class) + " WHERE "
                        + column("Closed") + " = ?))"), context.meeting().id(), true);
        AgendaRequestEntity[] rows = ao.find(AgendaRequestEntity.class, query.order("SUBMITTED_AT, ID"));
        return show(context, Arrays.asList(rows));
    }

    // --- writes

    public AgendaRequest submit(int meetingId, AgendaRequestInput raw) {
        MeetingContext context = access.view(meetingId);
        if (!context.viewer().insider() && !context.viewer().editor()) {
            throw new ForbiddenException();
        }
        if (!OPEN.contains(context.meeting().status())) {
            throw new MeetingClosedForRequestsException();
        }
        String title = raw == null ? null : Validation.blankToNull(raw.title());
        String description = raw == null ? null : Validation.blankToNull(raw.description());
        Validation validation = new Validation().required("title", title).line("title", title, TextLengths.LONG_LINE)
                .text("description", description, TextLengths.TEXT);
        validation.throwIfInvalid();
        String userKey = currentUser.userKey().orElseThrow(ForbiddenException::new);
        Instant now = time.now();
        boolean late = lateAfter(context.meeting()).map(end -> !now.isBefore(end)).orElse(false);
        Integer memberId = servingMemberId(context, userKey);
        return transactions.inTransaction(() -> {
            AgendaRequestEntity row = ao.create(AgendaRequestEntity.class,
                    new DBParam("COUNCIL_ID", context.council().id()),
                    new DBParam("TITLE", title),
                    new DBParam("SUBMITTED_AT", Date.from(now)),
                    new DBParam("STATUS", AgendaRequestStatus.SUBMITTED.name()),
                    new DBParam("LATE", late),
                    new DBParam("VERSION", 0));
            row.setMeetingId(context.meeting().id());
            row.setMemberId(memberId);
            row.setRequesterUserKey(userKey);
            row.setDescription(description);
            row.save();
            return show(context, List.of(row)).get(0);
        });
    }

    /**
     * Accepts, declines (the council's secretariat, 403 otherwise) or withdraws (the requester only) a submitted
     * request. No one answers his own request, not even the secretariat (403): he withdraws it or keeps it. Accepting
     * needs the meeting still open for requests (409 otherwise) and adds its agenda item.
     */
    public AgendaRequest answer(int id, AgendaRequestChange raw) {
        AgendaRequestEntity found = Rows.existing(ao, AgendaRequestEntity.class, id);
        if (found.getMeetingId() == null) {
            throw new NotFoundException();
        }
        MeetingContext context = access.view(found.getMeetingId());
        AgendaRequestChange input = raw == null ? new AgendaRequestChange(null, null, null) : raw;
        Validation validation = new Validation().required("status", input.status())
                .oneOf("status", input.status(), AgendaRequestStatus.class).required("version", input.version());
        AgendaRequestStatus target = Validation.parse(input.status(), AgendaRequestStatus.class);
        if (target != null && !ANSWERS.contains(target)) {
            validation.add(FieldError.of("status", "samraad.error.invalid-choice"));
        }
        String answer = Validation.blankToNull(input.answer());
        validation.text("answer", answer, TextLengths.TEXT);
        validation.throwIfInvalid();
        if (target == AgendaRequestStatus.WITHDRAWN) {
            String me = currentUser.userKey().orElse(null);
            if (me == null || !me.equals(found.getRequesterUserKey())) {
                throw new ForbiddenException();
            }
        } else {
            MeetingAccess.requireSecretariat(context);
            if (currentUser.userKey().map(me -> me.equals(found.getRequesterUserKey())).orElse(false)) {
                throw new OwnAgendaRequestException();
            }
        }
        if (target == AgendaRequestStatus.ACCEPTED && !OPEN.contains(context.meeting().status())) {
            throw new MeetingClosedForRequestsException();
        }
        return transactions.inTransaction(() -> {
            if (target == AgendaRequestStatus.ACCEPTED) {
                // the new item's position is the agenda's: one writer at a time per meeting
                rowLock.lock(MeetingEntity.class, found.getMeetingId());
            }
            int version = versions.claim(AgendaRequestEntity.class, id, input.version());
            AgendaRequestEntity row = ao.get(AgendaRequestEntity.class, id);
            if (Validation.parse(row.getStatus(), AgendaRequestStatus.class).isSettled()) {
                throw new ValidationException(FieldError.of("status", "samraad.agenda-request.error.settled"));
            }
            row.setStatus(target.name());
            row.setAnswer(answer);
            if (target == AgendaRequestStatus.ACCEPTED) {
                row.setAgendaItemId(addToAgenda(row));
                LiveContentChangedEvent.forPage(context.meeting().pageId()).ifPresent(events::publish);
            }
            row.setVersion(version);
            row.save();
            if (target != AgendaRequestStatus.WITHDRAWN) {
                events.publish(new AgendaRequestAnsweredEvent(id, row.getMeetingId(), target, row.getAgendaItemId()));
            }
            return show(context, List.of(row)).get(0);
        });
    }

    /**
     * A discussion item with the request's title and text as case presentation, placed where the agenda's "any
     * other business" is, which moves (with anything after it) one place down; at the end if there is none.
     * Positions stay dense (0, 1, 2 …) as {@link AgendaService} keeps them: a meeting planned through
     * {@link MeetingService} starts with "any other business" far behind the other standing items.
     */
    private int addToAgenda(AgendaRequestEntity request) {
        AgendaItemEntity[] items = ao.find(AgendaItemEntity.class,
                Query.select().where("MEETING_ID = ?", request.getMeetingId()).order("SORT_ORDER, ID"));
        int place = items.length;
        for (int i = 0; i < items.length; i++) {
            if (StandingKind.AOB.name().equals(items[i].getStandingKind())) {
                place = i;
                break;
            }
        }
        for (int i = 0; i < items.length; i++) {
            int position = i < place ? i : i + 1;
            if (items[i].getSortOrder() != position) {
                items[i].setSortOrder(position);
                items[i].save();
            }
        }
        AgendaItemEntity item = ao.create(AgendaItemEntity.class,
                new DBParam("MEETING_ID", request.getMeetingId()),
                new DBParam("SORT_ORDER", place),
                new DBParam("TITLE", request.getTitle()),
                new DBParam("KIND", AgendaItemKind.DISCUSSION.name()),
                new DBParam("DURATION_MINUTES", 0),
                new DBParam("CLOSED", false),
                new DBParam("VERSION", 0));
        item.setCasePresentation(request.getDescription());
        item.save();
        return item.getID();
    }

    /** The caller's membership of the council on today's date (any role but observer), if any. */
    private Integer servingMemberId(MeetingContext context, String userKey) {
        LocalDate today = CouncilZone.today(time, context.council());
        return members.ofUser(context.council().id(), userKey).stream()
                .filter(row -> row.isServingInsider(today))
                .map(MemberRow::id)
                .findFirst().orElse(null);
    }

    // --- showing

    /** Rows as the caller may see them: one more statement, for the council's members, if any request has one. */
    private List<AgendaRequest> show(MeetingContext context, List<AgendaRequestEntity> rows) {
        LocalDate today = CouncilZone.today(time, context.council());
        Map<Integer, Member> byId = new HashMap<>();
        if (rows.stream().anyMatch(row -> row.getMemberId() != null)) {
            visibility.show(members.ofCouncil(context.council().id()), context.viewer(), today)
                    .forEach(member -> byId.put(member.id(), member));
        }
        String me = currentUser.userKey().orElse(null);
        Map<String, String> names = new HashMap<>();
        return rows.stream().map(row -> {
            Member member = row.getMemberId() == null ? null : byId.get(row.getMemberId());
            String name;
            String userKey;
            boolean hidden;
            if (member != null) {
                name = member.displayName();
                userKey = member.userKey();
                hidden = member.nameHidden();
            } else {
                userKey = row.getRequesterUserKey();
                name = userKey == null ? users.fullName(null) : names.computeIfAbsent(userKey, users::fullName);
                hidden = false;
            }
            return new AgendaRequest(row.getID(), row.getMeetingId(), row.getTitle(), row.getDescription(), name,
                    userKey, hidden, me != null && me.equals(row.getRequesterUserKey()),
                    CalendarDays.toInstant(row.getSubmittedAt()), row.isLate(),
                    Validation.parse(row.getStatus(), AgendaRequestStatus.class), row.getAnswer(), row.getAgendaItemId(),
                    row.getVersion());
        }).toList();
    }

}
