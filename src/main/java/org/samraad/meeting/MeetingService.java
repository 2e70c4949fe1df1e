package org.samraad.meeting;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberEntity;
import org.samraad.council.MemberRow;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.DateRule;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.Rows;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.TextLengths;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.WorkflowConflictException;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * A council's meetings: the record behind each meeting page. Whoever can view the council's space reads its
 * meetings (404 otherwise); whoever can edit the space plans, changes and deletes them; the council's secretariat
 * moves them through their lifecycle.
 *
 * <p>Times are typed as wall-clock times in the council's zone and stored as instants, so a meeting at 17:00 stays
 * at 17:00 across a daylight-saving change. The request and dispatch deadlines and the minutes target are calendar
 * days computed from the council's settings when the meeting is created and whenever its date changes (a later
 * change of the settings leaves planned meetings as announced).
 */
@Component
public class MeetingService {
    /** The most councils a meeting is held with besides its own. */
    static final int JOINT_MAX = 5;

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock rowLock;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final MeetingAccess access;
    private final PageBindings pages;
    private final MeetingTitles titles;
    private final StandingItems standingItems;
    private final CurrentUser currentUser;
    private final I18n i18n;
    private final TimeSource time;
    private final EventPublisher events;
    private final MeetingStepChecks steps;
    private final MeetingActions actions;
    private final MemberVisibility visibility;
    private final MembersQuery members;
    private final MinutesPageWriter minutesPage;
    private final MinutesSnapshots snapshots;
    private final GuestService guests;

    public MeetingService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock rowLock,
            SpacePermissions permissions,
            CouncilService councils,
            MeetingAccess access,
            PageBindings pages,
            MeetingTitles titles,
            StandingItems standingItems,
            CurrentUser currentUser,
            I18n i18n,
            TimeSource time,
            @ComponentImport EventPublisher events,
            MeetingStepChecks steps,
            MeetingActions actions,
            MemberVisibility visibility,
            MembersQuery members,
            MinutesPageWriter minutesPage,
            MinutesSnapshots snapshots,
            GuestService guests) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.rowLock = rowLock;
        this.permissions = permissions;
        this.councils = councils;
        this.access = access;
        this.pages = pages;
        this.titles = titles;
        this.standingItems = standingItems;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.time = time;
        this.events = events;
        this.steps = steps;
        this.actions = actions;
        this.visibility = visibility;
        this.members = members;
        this.minutesPage = minutesPage;
        this.snapshots = snapshots;
        this.guests = guests;
    }

    // --- reads

    /**
     * One window of a council's meetings in date order, without those whose page the caller may not view. Two
     * statements: the council, its matching meetings.
     */
    public MeetingPage list(int councilId, MeetingFilter filter) {
        Council council = councils.get(councilId);
        ZoneId zone = CouncilZone.forLocale(council.locale());
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("COUNCIL_ID = ?");
        parameters.add(councilId);
        if (filter.from() != null) {
            where.append(" AND STARTS_AT >= ?");
            parameters.add(Date.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND STARTS_AT < ?");
            parameters.add(Date.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND STATUS IN (")
                    .append(filter.statuses().stream().map(s -> "?").collect(Collectors.joining(", "))).append(')');
            filter.statuses().stream().sorted().forEach(s -> parameters.add(s.name()));
        }
        Object[] values = parameters.toArray();
        // every matching row, because a meeting whose page is restricted from the caller is left out before paging
        MeetingEntity[] rows = ao.find(MeetingEntity.class, Query.select().where(where.toString(), values)
                .order("STARTS_AT, ID"));
        List<Meeting> visible = access.onViewablePages(Arrays.stream(rows).map(row -> Meeting.of(row, zone)).toList());
        List<Meeting> page = visible.stream().skip(filter.offset()).limit(filter.limit()).toList();
        return new MeetingPage(withSignersShown(council, page), visible.size());
    }

    /**
     * A third statement, the council's member rows, only when a meeting in the window names who approved or reopened
     * its minutes: their keys go only to callers who may see their names (the member list's rule).
     */
    private List<Meeting> withSignersShown(Council council, List<Meeting> page) {
        if (!MinutesSigners.anyNamed(page)) {
            return page;
        }
        List<MemberRow> councilRows = members.ofCouncil(council.id());
        boolean insider = visibility.viewerOf(council, councilRows, CouncilZone.todayOfEveryCouncil(time)).insider();
        return page.stream().map(m -> MinutesSigners.of(councilRows, m).shown(m, insider, visibility)).toList();
    }

    /** The approver's and reopener's user keys only to callers who may see their names (the member list's rule). */
    public Meeting get(int id) {
        MeetingContext context = access.view(id);
        return context.minutesSigners().shown(context.meeting(), context.viewer().insider(), visibility)
                .withGuests(guests.of(context));
    }

    /**
     * Of these days, those on which the council has a meeting that is not cancelled, each with the title of its
     * first meeting: the days a series skips. One statement, bounded by the first and last day.
     */
    public Map<LocalDate, String> meetingDays(Council council, List<LocalDate> days) {
        if (days.isEmpty()) {
            return Map.of();
        }
        ZoneId zone = CouncilZone.forLocale(council.locale());
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        MeetingEntity[] rows = ao.find(MeetingEntity.class, Query.select()
                .where("COUNCIL_ID = ? AND STATUS <> ? AND STARTS_AT >= ? AND STARTS_AT < ?", council.id(),
                        MeetingStatus.CANCELLED.name(), Date.from(first.atStartOfDay(zone).toInstant()),
                        Date.from(last.plusDays(1).atStartOfDay(zone).toInstant()))
                .order("STARTS_AT, ID"));
        Map<LocalDate, String> taken = new LinkedHashMap<>();
        for (MeetingEntity row : rows) {
            LocalDate day = LocalDate.ofInstant(row.getStartsAt().toInstant(), zone);
            if (days.contains(day)) {
                taken.putIfAbsent(day, row.getTitle());
            }
        }
        return taken;
    }

    // --- writes

    /** Plans a meeting with its standing agenda items (its page may come later, e.g. from the blueprint). */
    public Meeting create(int councilId, MeetingInput raw) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        MeetingInput input = normalised(raw);
        Validation validation = new Validation();
        Schedule schedule = validate(validation, input, council, null);
        List<Integer> joint = jointCouncils(validation, input.jointCouncilIds(), council, List.of());
        validation.throwIfInvalid();
        requireJointAdministration(council, List.of(), joint);
        return withNoteTakerShown(transactions.inTransaction(() -> {
            // a page of the council's space, one meeting or hearing per page: checked and bound one writer at a time
            rowLock.lock(CouncilEntity.class, council.id());
            pages.requireBindable(PageBindings.Binder.MEETING, null, council.spaceKey(), input.pageId());
            MeetingEntity row = ao.create(
                    MeetingEntity.class,
                    new DBParam("COUNCIL_ID", council.id()),
                    new DBParam("KIND", schedule.kind().name()),
                    new DBParam("STATUS", MeetingStatus.PLANNED.name()),
                    new DBParam("STARTS_AT", schedule.startsAt()),
                    new DBParam("VERSION", 0));
            row.setPageId(input.pageId());
            copy(input, schedule, council, row);
            row.setJointCouncilIds(Meeting.jointCouncilIds(joint));
            deadlines(schedule.date(), council, row);
            row.save();
            standingItems.create(row.getID(), council.locale());
            LiveContentChangedEvent.forPage(row.getPageId()).ifPresent(events::publish);
            return Meeting.of(row, schedule.zone());
        }));
    }

    /** A written meeting with a note-taker is read back, so the reply names them as the caller may see them. */
    private Meeting withNoteTakerShown(Meeting written) {
        return written.noteTaker() == null ? written : get(written.id());
    }

    /**
     * The meeting of a page made from the meeting wizard, never a second meeting for a day already planned: the
     * planned meeting the secretary picked ({@code plannedId}), else the council's planned meeting without a page on
     * the wizard's day, gets the page (its planned facts stay as they are); only without one is a new meeting
     * created ({@link #create}). Under the council's lock, the one every page binding takes, so two pages made at
     * once for one picked planned meeting bind it once (the later one is a 400 on {@code plannedMeeting}: it has its
     * page now).
     */
    public Meeting recordForPage(int councilId, MeetingInput raw, Integer plannedId) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        MeetingInput input = normalised(raw);
        ZoneId zone = CouncilZone.forLocale(council.locale());
        LocalDate day = DateRule.day("date", input.date(), new ArrayList<>());
        return transactions.inTransaction(() -> {
            rowLock.lock(CouncilEntity.class, council.id());
            MeetingEntity planned = plannedId != null ? picked(council, plannedId) : day == null ? null
                    : plannedOn(council, day, zone);
            if (planned == null) {
                return create(councilId, raw);
            }
            pages.requireBindable(PageBindings.Binder.MEETING, planned.getID(), council.spaceKey(), input.pageId());
            int version = versions.claim(MeetingEntity.class, planned.getID(), planned.getVersion());
            planned.setPageId(input.pageId());
            planned.setVersion(version);
            planned.save();
            LiveContentChangedEvent.forPage(planned.getPageId()).ifPresent(events::publish);
            return Meeting.of(planned, zone);
        });
    }

    /** The planned meeting picked in the wizard: one of this council's, still planned, without a page (else 400). */
    private MeetingEntity picked(Council council, int plannedId) {
        MeetingEntity row = ao.get(MeetingEntity.class, plannedId);
        if (row == null || row.getCouncilId() != council.id() || row.getPageId() != null
                || !MeetingStatus.PLANNED.name().equals(row.getStatus())) {
            throw new ValidationException(FieldError.of("plannedMeeting", "samraad.meeting.error.planned"));
        }
        return row;
    }

    /** The council's first planned meeting without a page on that day in its zone, if any. */
    private MeetingEntity plannedOn(Council council, LocalDate day, ZoneId zone) {
        MeetingEntity[] rows = ao.find(MeetingEntity.class, Query.select()
                .where("COUNCIL_ID = ? AND STATUS = ? AND PAGE_ID IS NULL AND STARTS_AT >= ? AND STARTS_AT < ?",
                        council.id(), MeetingStatus.PLANNED.name(), Date.from(day.atStartOfDay(zone).toInstant()),
                        Date.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
                .order("STARTS_AT, ID").limit(1));
        return rows.length == 0 ? null : rows[0];
    }

    public Meeting update(int id, MeetingInput raw) {
        MeetingContext context = access.edit(id);
        Council council = context.council();
        MeetingInput input = normalised(raw);
        Validation validation = new Validation().required("version", input.version());
        Schedule schedule = validate(validation, input, council, context.meeting().noteTaker());
        Long storedPage = context.meeting().pageId();
        if (input.pageId() != null && storedPage != null && !storedPage.equals(input.pageId())) {
            validation.add(FieldError.of("pageId", "samraad.meeting.error.page-fixed"));
        }
        List<Integer> storedJoint = context.meeting().jointCouncilIds();
        List<Integer> joint = input.jointCouncilIds() == null ? storedJoint
                : jointCouncils(validation, input.jointCouncilIds(), council, storedJoint);
        validation.throwIfInvalid();
        requireJointAdministration(council, storedJoint, joint);
        return withNoteTakerShown(transactions.inTransaction(() -> {
            if (input.pageId() != null && storedPage == null) {
                rowLock.lock(CouncilEntity.class, council.id());
                pages.requireBindable(PageBindings.Binder.MEETING, id, council.spaceKey(), input.pageId());
            }
            MeetingEntity row = Rows.existing(ao, MeetingEntity.class, id);
            LocalDate before = LocalDate.ofInstant(row.getStartsAt().toInstant(), schedule.zone());
            List<Object> whenAndWhere = whenAndWhere(row);
            int version = versions.claim(MeetingEntity.class, id, input.version());
            StatedFacts stated = StatedFacts.of(row);
            copy(input, schedule, council, row);
            row.setJointCouncilIds(Meeting.jointCouncilIds(joint));
            if (!stated.equals(StatedFacts.of(row))) {
                // approved minutes state these facts: they change only after a reopen (binding a page is no change)
                MeetingLockedException.refuseChangesIn(MeetingStatus.valueOf(row.getStatus()),
                        "samraad.meeting.error.locked-facts");
            }
            if (input.pageId() != null) {
                row.setPageId(input.pageId());
            }
            if (!before.equals(schedule.date()) || row.getRequestDeadline() == null) {
                deadlines(schedule.date(), council, row);
            }
            row.setVersion(version);
            row.save();
            LiveContentChangedEvent.forPage(row.getPageId()).ifPresent(events::publish);
            if (MeetingStatus.valueOf(row.getStatus()) == MeetingStatus.AGENDA_PUBLISHED
                    && !whenAndWhere.equals(whenAndWhere(row))) {
                events.publish(new MeetingMovedEvent(id, row.getCouncilId(), version));
            }
            return Meeting.of(row, schedule.zone());
        }));
    }

    /** What an invitation tells: start, end and place (a change of these moves the meeting). */
    private static List<Object> whenAndWhere(MeetingEntity row) {
        return Arrays.asList(instant(row.getStartsAt()), instant(row.getEndsAt()), row.getPlace());
    }

    private static Object instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /**
     * Moves the meeting one step in its life (see {@link MeetingLifecycle}), recording when and by whom the agenda
     * went out, the minutes were approved, published or reopened (with the reason given, {@link ReopenReason}).
     * Approving freezes the minutes as a snapshot ({@link MinutesSnapshots}) that later reads show; a reopen clears
     * approval and publication, and reads are live again (the snapshot stays). Only the council's secretariat
     * ({@link org.samraad.council.Viewer#secretariat()}) takes these steps; marking a meeting held before its start
     * and approving incomplete minutes need {@code confirm} ({@link MeetingStepChecks}).
     */
    public Meeting transition(int id, MeetingTransitionInput input) {
        MeetingContext context = access.secretariat(id);
        if (input == null) {
            throw new ValidationException(List.of());
        }
        Validation validation = new Validation().required("to", input.to()).required("version", input.version());
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            int version = claimStep(id, input.version(), context.zone());
            MeetingEntity row = Rows.existing(ao, MeetingEntity.class, id);
            MeetingStatus from = MeetingStatus.valueOf(row.getStatus());
            MeetingStatus to = Validation.parse(input.to(), MeetingStatus.class);
            if (to == null || !MeetingLifecycle.allowed(from, to)) {
                throw new ValidationException(FieldError.of("to", "samraad.meeting.error.transition",
                        statusText(from), allowedText(from)));
            }
            String reopenReason = ReopenReason.of(from, to, input.reason());
            steps.requireConfirmation(Meeting.of(row, context.zone()), to, Boolean.TRUE.equals(input.confirm()));
            Date now = Date.from(time.now());
            String who = currentUser.userKey().orElse(null);
            if (MeetingLifecycle.isReopen(from, to)) {
                row.setMinutesReopenedAt(now);
                row.setMinutesReopenedBy(who);
                row.setMinutesReopenReason(reopenReason);
                row.setMinutesApprovedAt(null);
                row.setMinutesApprovedBy(null);
                row.setMinutesPublishedAt(null);
            }
            switch (to) {
                case AGENDA_PUBLISHED -> row.setAgendaPublishedAt(now);
                case MINUTES_APPROVED -> {
                    row.setMinutesApprovedAt(now);
                    row.setMinutesApprovedBy(who);
                    // what was approved is the record from now on, in this transaction, under the claimed version
                    snapshots.take(context, row, who, now);
                }
                case PUBLISHED -> row.setMinutesPublishedAt(now);
                // a reinstated meeting's agenda has to go out again
                case PLANNED -> {
                    row.setAgendaPublishedAt(null);
                    row.setAgendaSentAt(null);
                }
                default -> { }
            }
            row.setStatus(to.name());
            row.setVersion(version);
            row.save();
            // what a reader may see changes with the status: the page's indexed text with it
            LiveContentChangedEvent.forPage(row.getPageId()).ifPresent(events::publish);
            Meeting meeting = Meeting.of(row, context.zone());
            if (to == MeetingStatus.MINUTES_APPROVED) {
                events.publish(new MinutesApprovedEvent(id, row.getCouncilId(), meeting.title(),
                        meeting.startsAt() == null ? null : meeting.startsAt().toLocalDate(), who));
            }
            // the record lives in the wiki: the page is written in this transaction, so a page Confluence refuses to
            // save leaves the step undone (an event listener's failure would only be logged)
            if (to == MeetingStatus.MINUTES_APPROVED) {
                minutesPage.approved(id);
            } else if (to == MeetingStatus.PUBLISHED) {
                minutesPage.published(id);
            } else if (MeetingLifecycle.isReopen(from, to)) {
                minutesPage.reopened(id, reopenReason);
            }
            events.publish(new MeetingStepTakenEvent(id, row.getCouncilId(), from, to, version));
            if (to == MeetingStatus.AGENDA_PUBLISHED) {
                // the invitation's dispatch (the communication package, in this transaction) records when it went out
                return Meeting.of(Rows.existing(ao, MeetingEntity.class, id), context.zone());
            }
            return meeting;
        });
    }

    /**
     * Removes a meeting entered by mistake with its agenda, attachments, attendance and agenda requests; action
     * items that came from it stay, without their origin. Refused (409) once the minutes are approved or
     * published: from then on the meeting is part of the council's record.
     */
    public void delete(int id) {
        access.edit(id);
        transactions.inTransaction(() -> {
            MeetingEntity row = Rows.existing(ao, MeetingEntity.class, id);
            if (MeetingStatus.valueOf(row.getStatus()).decisionsLocked()) {
                throw new MeetingLockedException();
            }
            actions.meetingDeleted(id);
            ao.deleteWithSQL(AgendaAttachmentEntity.class, "MEETING_ID = ?", id);
            for (AgendaItemEntity item : ao.find(AgendaItemEntity.class, Query.select().where("MEETING_ID = ?", id))) {
                ao.deleteWithSQL(AgendaDissenterEntity.class, "AGENDA_ITEM_ID = ?", item.getID());
            }
            ao.deleteWithSQL(AgendaItemEntity.class, "MEETING_ID = ?", id);
            ao.deleteWithSQL(AttendanceEntity.class, "MEETING_ID = ?", id);
            ao.deleteWithSQL(AgendaRequestEntity.class, "MEETING_ID = ?", id);
            LiveContentChangedEvent.forPage(row.getPageId()).ifPresent(events::publish);
            events.publish(new MeetingDeletedEvent(id, row.getCouncilId(), MeetingStatus.valueOf(row.getStatus()),
                    row.getVersion()));
            ao.delete(row);
        });
    }

    // --- rules

    /**
     * The councils a meeting is held with, as they will be stored: each one a council the caller can see, not the
     * meeting's own, none twice, at most {@link #JOINT_MAX}; a field error per wrong one ({@code jointCouncilIds[2]}).
     * Those already stored stay acceptable as they are, even if the caller no longer sees them.
     */
    private List<Integer> jointCouncils(Validation validation, List<Integer> given, Council council,
            List<Integer> stored) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > JOINT_MAX) {
            validation.add(FieldError.of("jointCouncilIds", "samraad.meeting.error.joint-too-many", JOINT_MAX));
            return List.of();
        }
        List<Integer> joint = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "jointCouncilIds[" + i + "]";
            Integer id = given.get(i);
            if (id != null && id == council.id()) {
                validation.add(FieldError.of(field, "samraad.meeting.error.joint-self"));
            } else if (id == null || !stored.contains(id) && !visibleCouncil(id)) {
                validation.add(FieldError.of(field, "samraad.meeting.error.joint-unknown"));
            } else if (joint.contains(id)) {
                validation.add(FieldError.of(field, "samraad.meeting.error.joint-twice"));
            } else {
                joint.add(id);
            }
        }
        return joint;
    }

    private boolean visibleCouncil(int id) {
        CouncilEntity row = ao.get(CouncilEntity.class, id);
        return row != null && permissions.canView(row.getSpaceKey());
    }

    /**
     * Holding a meeting with other councils is the business of those who administer them all: a change of the
     * joint councils needs space administration of the meeting's council, and of each council added (403).
     */
    private void requireJointAdministration(Council council, List<Integer> stored, List<Integer> joint) {
        if (joint.equals(stored)) {
            return;
        }
        permissions.require(Permission.ADMINISTER, council.spaceKey());
        for (Integer id : joint) {
            if (!stored.contains(id)) {
                permissions.require(Permission.ADMINISTER, ao.get(CouncilEntity.class, id).getSpaceKey());
            }
        }
    }

    /** The typed values, parsed; meaningful only when the validation holds no errors. */
    private record Schedule(MeetingKind kind, LocalDate date, ZoneId zone, Date startsAt, Date endsAt) {}

    private Schedule validate(Validation validation, MeetingInput input, Council council, Integer keptNoteTaker) {
        validation.required("kind", input.kind())
                .oneOf("kind", input.kind(), MeetingKind.class)
                .required("date", input.date())
                .required("startTime", input.startTime())
                .line("place", input.place(), TextLengths.LONG_LINE)
                .line("title", input.title(), TextLengths.LONG_LINE);
        LocalDate date = validation.date("date", input.date());
        LocalTime start = validation.time("startTime", input.startTime());
        LocalTime end = validation.time("endTime", input.endTime());
        if (start != null && end != null && !end.isAfter(start)) {
            validation.add(FieldError.of("endTime", "samraad.meeting.error.end-before-start"));
        }
        if (input.pageId() != null && input.pageId() < 1) {
            validation.add(FieldError.of("pageId", "samraad.meeting.error.page"));
        }
        // the note-taker is picked from the council's member list: a current member row, not an erased one; one
        // chosen before and sent back unchanged (as "Edit meeting" sends what it does not show) stays, erased or not
        if (input.noteTaker() != null && !input.noteTaker().equals(keptNoteTaker) && ao.count(MemberEntity.class, Query.select()
                .where("ID = ? AND COUNCIL_ID = ? AND ANONYMISED_AT IS NULL", input.noteTaker(), council.id())) == 0) {
            validation.add(FieldError.of("noteTaker", "samraad.meeting.error.unknown-note-taker"));
        }
        ZoneId zone = CouncilZone.forLocale(council.locale());
        MeetingKind kind = Validation.parse(input.kind(), MeetingKind.class);
        if (date == null || start == null || kind == null) {
            return new Schedule(kind, date, zone, null, null);
        }
        Date startsAt = Date.from(ZonedDateTime.of(date, start, zone).toInstant());
        Date endsAt = end == null ? null : Date.from(ZonedDateTime.of(date, end, zone).toInstant());
        return new Schedule(kind, date, zone, startsAt, endsAt);
    }

    private void copy(MeetingInput input, Schedule schedule, Council council, MeetingEntity row) {
        row.setKind(schedule.kind().name());
        row.setStartsAt(schedule.startsAt());
        row.setEndsAt(schedule.endsAt());
        row.setPlace(input.place());
        row.setNoteTakerMemberId(input.noteTaker());
        row.setOpenToPublic(Boolean.TRUE.equals(input.openToPublic()));
        String title = input.title() != null ? input.title() : titles.title(council, schedule.kind(), schedule.date());
        row.setTitle(title.length() > TextLengths.LONG_LINE ? title.substring(0, TextLengths.LONG_LINE) : title);
    }

    private static void deadlines(LocalDate date, Council council, MeetingEntity row) {
        row.setRequestDeadline(CalendarDays.toDate(date.minusDays(council.requestDays())));
        row.setDispatchDeadline(CalendarDays.toDate(date.minusDays(council.dispatchDays())));
        row.setMinutesTarget(CalendarDays.toDate(date.plusDays(council.minutesDays())));
    }

    /**
     * Claims the version before the step is checked, so the check sees the meeting as it is now. If someone moved
     * the meeting on since the caller read it, the step was chosen for a state that is gone: 409 with the meeting
     * as it is now, rather than a 400 about a step the caller never saw refused.
     */
    private int claimStep(int id, int seenVersion, ZoneId zone) {
        try {
            return versions.claim(MeetingEntity.class, id, seenVersion);
        } catch (StaleVersionException e) {
            MeetingEntity now = Rows.existing(ao, MeetingEntity.class, id);
            throw new WorkflowConflictException(Meeting.of(now, zone), statusText(MeetingStatus.valueOf(now.getStatus())));
        }
    }

    private String statusText(MeetingStatus status) {
        return i18n.text("samraad.meeting.status." + status.name());
    }

    /** The allowed targets in the caller's language, e.g. "Agenda published, Held or Cancelled". */
    private String allowedText(MeetingStatus from) {
        List<String> names = MeetingLifecycle.next(from).stream().map(this::statusText).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " "
                + i18n.text("samraad.meeting.or") + " " + names.get(names.size() - 1);
    }

    /** Surrounding white space is never meant; empty optional fields are stored as absent. */
    private static MeetingInput normalised(MeetingInput input) {
        if (input == null) {
            throw new ValidationException(List.of());
        }
        return new MeetingInput(blankToNull(input.kind()), blankToNull(input.date()), blankToNull(input.startTime()),
                blankToNull(input.endTime()), blankToNull(input.place()), input.openToPublic(),
                blankToNull(input.title()), input.pageId(), input.version(), input.noteTaker(),
                input.jointCouncilIds());
    }

}
