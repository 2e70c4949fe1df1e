package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.ContactFormats;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberRow;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.council.PersonStanding;
import org.samraad.council.ShownName;
import org.samraad.meeting.AgendaItem;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaItemInput;
import org.samraad.meeting.AgendaItemKind;
import org.samraad.meeting.AgendaService;
import org.samraad.meeting.CouncilZone;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.meeting.MinutesApprovedEvent;
import org.samraad.meeting.PageBindings;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.WorkflowConflictException;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * Hearings a council answers, from intake to follow-up. Whoever can view the council's space reads them (404
 * otherwise); whoever can edit it registers, changes, moves and deletes them. The status changes only through
 * {@link #transition}, which allows the moves {@link HearingStatus#next()} names and records each one (who by user
 * key, when, why) in the same transaction as the change.
 */
@Component
public class HearingService {
    static final int TITLE_MAX = 450;
    static final int BODY_MAX = 450;
    static final int REFERENCE_MAX = 255;
    static final int URL_MAX = 450;
    static final int NAME_MAX = 255;
    static final int TEXT_MAX = 20_000;
    static final int NOTE_MAX = 2_000;

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock rowLock;
    private final SpacePermissions permissions;
    private final PagePermissions pages;
    private final CouncilService councils;
    private final HearingsQuery query;
    private final MemberVisibility visibility;
    private final MembersQuery members;
    private final UserAccessor users;
    private final CurrentUser currentUser;
    private final I18n i18n;
    private final TimeSource time;
    private final AgendaService agenda;
    private final MinutesApprovalQuery minutesApprovals;
    private final PageBindings pageBindings;

    private final EventPublisher events;

    public HearingService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock rowLock,
            SpacePermissions permissions,
            PagePermissions pages,
            CouncilService councils,
            HearingsQuery query,
            MemberVisibility visibility,
            MembersQuery members,
            @ComponentImport UserAccessor users,
            CurrentUser currentUser,
            I18n i18n,
            TimeSource time,
            AgendaService agenda,
            MinutesApprovalQuery minutesApprovals,
            PageBindings pageBindings,
            @ComponentImport EventPublisher events) {
        this.events = events;
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.rowLock = rowLock;
        this.permissions = permissions;
        this.pages = pages;
        this.councils = councils;
        this.query = query;
        this.visibility = visibility;
        this.members = members;
        this.users = users;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.time = time;
        this.agenda = agenda;
        this.minutesApprovals = minutesApprovals;
        this.pageBindings = pageBindings;
    }

    // --- reads

    /**
     * One window of a council's register: open hearings first by deadline (the most urgent on top), then answered
     * and declined ones, the latest deadline first. Three statements whatever the number of hearings: the council,
     * every hearing in brief (to filter, count and rate), the full rows of the window.
     */
    public HearingRegister register(int councilId, HearingFilter filter) {
        return register(councils.get(councilId), filter);
    }

    /** The register of a council the caller already resolved (a macro): two statements, the view permission checked again. */
    public HearingRegister register(Council council, HearingFilter filter) {
        permissions.require(Permission.VIEW, council.spaceKey());
        // a hearing whose response page is restricted from the caller is left out, and out of the rate
        List<HearingsQuery.Brief> briefs = pages.viewable(query.briefs(council.id()), HearingsQuery.Brief::pageId);
        LocalDate today = today(council.locale());
        List<HearingsQuery.Brief> matching = briefs.stream()
                .filter(h -> filter.status() == null || h.status() == filter.status())
                .filter(h -> filter.year() == null || h.deadline() != null && h.deadline().getYear() == filter.year())
                .filter(h -> !filter.openOnly() || h.status().isOpen())
                .sorted(REGISTER_ORDER)
                .toList();
        List<Integer> window = matching.stream().skip(filter.offset()).limit(filter.limit())
                .map(HearingsQuery.Brief::id).toList();
        Map<Integer, HearingRow> rows = query.byIds(window, caller(), CalendarDays.today(time)).stream()
                .collect(Collectors.toMap(HearingRow::id, Function.identity()));
        List<Hearing> items = window.stream().map(rows::get).filter(Objects::nonNull)
                .map(row -> hearing(row, today)).toList();
        int rateYear = filter.rateYear() == null ? today.getYear() : filter.rateYear();
        OnTimeRate rate = OnTimeRate.of(rateYear, briefs.stream()
                .filter(h -> h.deadline() != null)
                .map(h -> new OnTimeRate.Deadlines(h.status(), h.deadline(), h.submittedOn())).toList(), today);
        return new HearingRegister(items, matching.size(), rate);
    }

    private static final Comparator<HearingsQuery.Brief> REGISTER_ORDER = Comparator
            .comparing((HearingsQuery.Brief h) -> !h.status().isOpen())
            .thenComparing((a, b) -> {
                int byDeadline = Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())
                        .compare(a.deadline(), b.deadline());
                return a.status().isOpen() ? byDeadline : -byDeadline;
            })
            .thenComparingInt(HearingsQuery.Brief::id);

    public Hearing get(int id) {
        HearingRow row = visible(id);
        return hearing(row, today(row.councilLocale()));
    }

    /**
     * The hearing a macro shows — the one whose response page is {@code pageId}, or the one with {@code hearingId}
     * if given — with whether the caller may change it; empty if there is none the caller may see. One statement, and
     * for a hearing in drafting a second: whether approved minutes hold a decision on it (see
     * {@link MinutesApprovalQuery}).
     */
    public Optional<ShownHearing> shown(Integer hearingId, Long pageId) {
        LocalDate utcToday = CalendarDays.today(time);
        Optional<HearingRow> row = hearingId != null ? query.byId(hearingId, caller(), utcToday)
                : pageId != null ? query.byPage(pageId, caller(), utcToday) : Optional.empty();
        return row.filter(r -> permissions.canView(r.spaceKey()) && pages.canView(r.pageId())).map(r -> {
            LocalDate today = today(r.councilLocale());
            MinutesApprovalQuery.Approval pending = r.status() == HearingStatus.DRAFTING
                    ? minutesApprovals.pending(r.id(), r.councilId()).orElse(null) : null;
            return new ShownHearing(hearing(r, today), permissions.canEdit(r.spaceKey()), today,
                    r.onLiveAgenda(), pending);
        });
    }

    /** The workflow so far, oldest first. */
    public List<HearingEvent> events(int id) {
        HearingRow hearing = visible(id);
        HearingEventEntity[] rows = ao.find(HearingEventEntity.class,
                Query.select().where("HEARING_ID = ?", id).order("OCCURRED_AT ASC, ID ASC"));
        // who moved the hearing is named by the member list's rule, decided over the council's member rows
        List<MemberRow> councilRows = members.ofCouncil(hearing.councilId());
        boolean insider = insider(hearing);
        Map<String, String> names = new HashMap<>();
        return Arrays.stream(rows).map(row -> new HearingEvent(
                row.getFromStatus() == null ? null : HearingStatus.valueOf(row.getFromStatus()),
                HearingStatus.valueOf(row.getToStatus()),
                row.getOccurredAt().toInstant(),
                row.getUserKey() == null ? i18n.text("samraad.hearing.unknown-user")
                        : names.computeIfAbsent(row.getUserKey(), key -> visibility.name(
                                PersonStanding.of(councilRows, null, key, null), key, null, insider).name()),
                row.getNote())).toList();
    }

    // --- writes

    public Hearing create(int councilId, HearingInput raw) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        HearingInput input = normalised(raw);
        Validation validation = new Validation();
        Dates dates = validate(validation, input);
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            refuseUnbindablePage(council.id(), council.spaceKey(), input.pageId(), null);
            Date now = Date.from(time.now());
            HearingEntity row = ao.create(HearingEntity.class,
                    new DBParam("COUNCIL_ID", councilId),
                    new DBParam("SUBJECT", input.title()),
                    new DBParam("STATUS", HearingStatus.RECEIVED.name()),
                    new DBParam("VERSION", 0));
            copy(input, dates, row);
            row.save();
            LiveContentChangedEvent.forPage(row.getPageId()).ifPresent(events::publish);
            record(row.getID(), null, HearingStatus.RECEIVED, now, null);
            return written(row.getID());
        });
    }

    public Hearing update(int id, HearingInput raw) {
        HearingInput normalised = normalised(raw);
        return transactions.inTransaction(() -> {
            HearingRow stored = visible(id);
            permissions.require(Permission.EDIT, stored.spaceKey());
            HearingInput input = keepUnseenResponsible(normalised, stored);
            Validation validation = new Validation().required("version", input.version());
            Dates dates = validate(validation, input);
            if (dates.received() != null && stored.submittedOn() != null
                    && stored.submittedOn().isBefore(dates.received())) {
                validation.add(FieldError.of("receivedOn", "samraad.hearing.error.received-after-submitted"));
            }
            validation.throwIfInvalid();
            if (!Objects.equals(stored.pageId(), input.pageId())) {
                refuseUnbindablePage(stored.councilId(), stored.spaceKey(), input.pageId(), id);
            }
            int version = versions.claim(HearingEntity.class, id, input.version());
            HearingEntity row = ao.get(HearingEntity.class, id);
            copy(input, dates, row);
            if (!Objects.equals(stored.deadline(), dates.deadline())) {
                // a new deadline gets its reminders afresh
                row.setDeadlineReminderAt(null);
                row.setDeadlineReminderDays(null);
            }
            row.setVersion(version);
            row.save();
            // the facts its response page shows changed, and the page may be another one now
            LiveContentChangedEvent.forPage(stored.pageId()).ifPresent(events::publish);
            LiveContentChangedEvent.forPage(row.getPageId()).ifPresent(events::publish);
            return written(id);
        });
    }

    /**
     * Moves the hearing on. Declining needs a reason; submitting records the day the answer went out (today unless
     * given; not before the hearing was received, not in the future). A hearing moved to council review whose
     * response approved minutes already decided on while it was in drafting (see {@link MinutesApprovalQuery}) is
     * approved at once with those minutes: both moves are recorded, the second with a note naming the meeting.
     */
    public Hearing transition(int id, HearingTransition raw) {
        return transactions.inTransaction(() -> {
            HearingRow seen = visible(id);
            permissions.require(Permission.EDIT, seen.spaceKey());
            Integer version = raw.version() == null ? null : claimStep(id, raw.version());
            // after the claim: the move is checked against the hearing as it is now
            HearingRow stored = version == null ? seen : visible(id);
            LocalDate today = today(stored.councilLocale());
            String note = Validation.blankToNull(raw.note());
            Validation validation = new Validation()
                    .required("to", raw.to())
                    .required("version", raw.version())
                    .oneOf("to", raw.to(), HearingStatus.class)
                    .text("note", note, NOTE_MAX);
            HearingStatus target = raw.to() == null ? null : Validation.parse(raw.to(), HearingStatus.class);
            if (target != null && !stored.status().canMoveTo(target)) {
                validation.add(FieldError.of("to", "samraad.hearing.error.transition",
                        i18n.text("samraad.hearing.status." + stored.status().name()), allowed(stored.status())));
            }
            if (target == HearingStatus.DECLINED && note == null) {
                validation.add(FieldError.of("note", "samraad.hearing.error.reason-required"));
            }
            LocalDate submittedOn = null;
            if (target == HearingStatus.SUBMITTED) {
                submittedOn = Validation.isBlank(raw.submittedOn()) ? today : validation.date("submittedOn", raw.submittedOn());
                if (submittedOn != null && submittedOn.isAfter(today)) {
                    validation.add(FieldError.of("submittedOn", "samraad.hearing.error.submitted-future"));
                } else if (submittedOn != null && stored.receivedOn() != null
                        && submittedOn.isBefore(stored.receivedOn())) {
                    validation.add(FieldError.of("submittedOn", "samraad.hearing.error.submitted-before-received"));
                }
            } else if (raw.submittedOn() != null) {
                validation.add(FieldError.of("submittedOn", "samraad.hearing.error.submitted-only"));
            }
            validation.throwIfInvalid();
            HearingEntity row = ao.get(HearingEntity.class, id);
            row.setStatus(target.name());
            if (target == HearingStatus.SUBMITTED) {
                row.setSubmittedOn(CalendarDays.toDate(submittedOn));
            }
            Optional<MinutesApprovalQuery.Approval> approved = target == HearingStatus.COUNCIL_REVIEW
                    ? minutesApprovals.pending(id, stored.councilId()) : Optional.empty();
            if (approved.isPresent()) {
                // the council already decided on the response in approved minutes: review is over at once
                row.setStatus(HearingStatus.APPROVED.name());
                row.setAgendaItemId(approved.get().agendaItemId());
            }
            row.setVersion(version);
            row.save();
            Date now = Date.from(time.now());
            record(id, stored.status(), target, now, note);
            approved.ifPresent(a -> record(id, HearingStatus.COUNCIL_REVIEW, HearingStatus.APPROVED, now,
                    minutesNote(a.meetingTitle(), a.meetingStartsAt() == null ? null
                            : LocalDate.ofInstant(a.meetingStartsAt(), CouncilZone.forLocale(stored.councilLocale())))));
            return written(id);
        });
    }

    /**
     * Puts the hearing on the agenda of an upcoming meeting of its council: a hearing item with the hearing's title
     * and summary (as case presentation), added through the agenda service with its checks, and remembered on the
     * hearing. Only an open hearing goes on an agenda (one submitted or declined has nothing left to decide). A
     * hearing already on the agenda of a meeting that was not cancelled is a 409; one whose item was
     * removed, or whose meeting was cancelled, may be put on another.
     */
    public Hearing putOnAgenda(int id, AgendaPlacement raw) {
        AgendaPlacement placement = raw == null ? new AgendaPlacement(null, null) : raw;
        return transactions.inTransaction(() -> {
            HearingRow stored = visible(id);
            permissions.require(Permission.EDIT, stored.spaceKey());
            Validation validation = new Validation()
                    .required("meetingId", placement.meetingId())
                    .required("version", placement.version());
            if (!stored.status().isOpen()) {
                validation.add(FieldError.of("meetingId", "samraad.hearing.error.agenda-closed"));
            } else if (placement.meetingId() != null) {
                MeetingEntity meeting = ao.get(MeetingEntity.class, placement.meetingId());
                if (meeting == null || meeting.getCouncilId() != stored.councilId() || !upcoming(meeting)) {
                    validation.add(FieldError.of("meetingId", "samraad.hearing.error.meeting"));
                }
            }
            validation.throwIfInvalid();
            if (stored.onLiveAgenda()) {
                throw new HearingOnAgendaException();
            }
            // the meeting before the hearing, in the order approving the minutes takes them, so the two never deadlock
            rowLock.lock(MeetingEntity.class, placement.meetingId());
            int version = versions.claim(HearingEntity.class, id, placement.version());
            AgendaItem item = agenda.add(placement.meetingId(), new AgendaItemInput(stored.subject(),
                    AgendaItemKind.HEARING.name(), null, null, null, null, false, stored.summary(), null, null, null,
                    null, id, List.of(), null, null));
            HearingEntity row = ao.get(HearingEntity.class, id);
            row.setAgendaItemId(item.id());
            row.setVersion(version);
            row.save();
            return written(id);
        });
    }

    /**
     * Approves, with the minutes of a meeting, the hearings still in council review whose item on its agenda has a
     * decision: each moves to approved, recorded as done by whoever approved the minutes, with a note naming the
     * meeting. Runs in the approving transaction (see {@link HearingMinutesListener}); the meeting service has
     * checked that the approver may edit the council's space, which holds the hearings too.
     */
    public void approveWithMinutes(MinutesApprovedEvent event) {
        transactions.inTransaction(() -> {
            AgendaItemEntity[] items = ao.find(AgendaItemEntity.class,
                    Query.select().where("MEETING_ID = ? AND HEARING_ID IS NOT NULL", event.meetingId()));
            String note = null;
            for (AgendaItemEntity item : items) {
                if (item.getDecision() == null || item.getDecision().isBlank()) {
                    continue;
                }
                HearingEntity hearing = ao.get(HearingEntity.class, item.getHearingId());
                if (hearing == null || hearing.getCouncilId() != event.councilId()
                        || !HearingStatus.COUNCIL_REVIEW.name().equals(hearing.getStatus())) {
                    continue;
                }
                int version = versions.claim(HearingEntity.class, hearing.getID(), hearing.getVersion());
                hearing.setStatus(HearingStatus.APPROVED.name());
                hearing.setAgendaItemId(item.getID());
                hearing.setVersion(version);
                hearing.save();
                if (note == null) {
                    note = minutesNote(event.meetingTitle(), event.meetingDate());
                }
                record(hearing.getID(), HearingStatus.COUNCIL_REVIEW, HearingStatus.APPROVED,
                        Date.from(time.now()), note, event.approvedBy());
            }
        });
    }

    private String minutesNote(String meetingTitle, LocalDate meetingDate) {
        return i18n.text("samraad.hearing.approved-with-minutes", meetingTitle,
                meetingDate == null ? "" : meetingDate.toString());
    }

    private static boolean upcoming(MeetingEntity meeting) {
        MeetingStatus status = MeetingStatus.valueOf(meeting.getStatus());
        return status == MeetingStatus.PLANNED || status == MeetingStatus.AGENDA_PUBLISHED;
    }

    /** Removes the hearing and its workflow record; the response page, if any, stays (it is the council's text). */
    public void delete(int id) {
        transactions.inTransaction(() -> {
            HearingRow stored = visible(id);
            permissions.require(Permission.EDIT, stored.spaceKey());
            ao.deleteWithSQL(HearingEventEntity.class, "HEARING_ID = ?", id);
            ao.deleteWithSQL(HearingEntity.class, "ID = ?", id);
            LiveContentChangedEvent.forPage(stored.pageId()).ifPresent(events::publish);
        });
    }

    // --- rules

    private Dates validate(Validation validation, HearingInput input) {
        validation.required("title", input.title())
                .line("title", input.title(), TITLE_MAX)
                .line("issuingBody", input.issuingBody(), BODY_MAX)
                .line("reference", input.reference(), REFERENCE_MAX)
                .maxLength("url", input.url(), URL_MAX)
                .line("responsibleUserKey", input.responsibleUserKey(), NAME_MAX)
                .line("responsibleName", input.responsibleName(), NAME_MAX)
                .required("deadline", input.deadline());
        validation.text("summary", input.summary(), TEXT_MAX)
                .text("response", input.response(), TEXT_MAX)
                .text("dissent", input.dissent(), TEXT_MAX)
                .text("easyRead", input.easyRead(), TEXT_MAX)
                .text("outcome", input.outcome(), TEXT_MAX);
        if (input.url() != null && !validation.hasErrorFor("url") && !ContactFormats.isWebAddress(input.url())) {
            validation.add(FieldError.of("url", "samraad.hearing.error.url"));
        }
        if (input.responsibleUserKey() != null && input.responsibleName() != null) {
            validation.add(FieldError.of("responsibleName", "samraad.hearing.error.user-or-name"));
        } else if (input.responsibleUserKey() != null && !validation.hasErrorFor("responsibleUserKey")
                && users.getExistingUserByKey(new UserKey(input.responsibleUserKey())) == null) {
            validation.add(FieldError.of("responsibleUserKey", "samraad.hearing.error.unknown-user"));
        }
        if (input.pageId() != null && input.pageId() <= 0) {
            validation.add(FieldError.of("pageId", "samraad.hearing.error.page"));
        }
        LocalDate received = validation.date("receivedOn", input.receivedOn());
        LocalDate deadline = validation.date("deadline", input.deadline());
        LocalDate review = validation.date("reviewDate", input.reviewDate());
        if (received != null && deadline != null && deadline.isBefore(received)) {
            validation.add(FieldError.of("deadline", "samraad.hearing.error.deadline-before-received"));
        }
        return new Dates(received, deadline, review);
    }

    /**
     * Claims the version before the move is checked. If someone moved the hearing on since the caller read it,
     * the move was chosen for a state that is gone: 409 with the hearing as it is now, not a 400.
     */
    private int claimStep(int id, int seenVersion) {
        try {
            return versions.claim(HearingEntity.class, id, seenVersion);
        } catch (StaleVersionException e) {
            Hearing now = written(id);
            throw new WorkflowConflictException(now, i18n.text("samraad.hearing.status." + now.status().name()));
        }
    }

    /**
     * An existing page of the council's space, one meeting or hearing per page: the council is locked first (the
     * page is in its space), so two writers cannot both find the page free.
     */
    private void refuseUnbindablePage(int councilId, String spaceKey, Long pageId, Integer hearingId) {
        if (pageId == null) {
            return;
        }
        rowLock.lock(CouncilEntity.class, councilId);
        pageBindings.requireBindable(PageBindings.Binder.HEARING, hearingId, spaceKey, pageId);
    }

    private String allowed(HearingStatus from) {
        List<String> names = from.next().stream().map(s -> i18n.text("samraad.hearing.status." + s.name())).toList();
        return names.isEmpty() ? i18n.text("samraad.hearing.no-further-status") : String.join(", ", names);
    }

    private static void copy(HearingInput input, Dates dates, HearingEntity row) {
        row.setSubject(input.title());
        row.setIssuingBody(input.issuingBody());
        row.setIssuerReference(input.reference());
        row.setUrl(input.url());
        row.setSummary(input.summary());
        row.setReceivedOn(CalendarDays.toDate(dates.received()));
        row.setDeadline(CalendarDays.toDate(dates.deadline()));
        row.setResponsibleUserKey(input.responsibleUserKey());
        row.setResponsibleName(input.responsibleName());
        row.setPageId(input.pageId());
        row.setResponse(input.response());
        row.setDissent(input.dissent());
        row.setEasyRead(input.easyRead());
        row.setOutcome(input.outcome());
        row.setReviewDate(CalendarDays.toDate(dates.review()));
    }

    private void record(int hearingId, HearingStatus from, HearingStatus to, Date at, String note) {
        record(hearingId, from, to, at, note, currentUser.userKey().orElse(null));
    }

    private void record(int hearingId, HearingStatus from, HearingStatus to, Date at, String note, String userKey) {
        HearingEventEntity event = ao.create(HearingEventEntity.class,
                new DBParam("HEARING_ID", hearingId),
                new DBParam("TO_STATUS", to.name()),
                new DBParam("OCCURRED_AT", at));
        event.setFromStatus(from == null ? null : from.name());
        event.setUserKey(userKey);
        event.setNote(note);
        event.save();
    }

    /**
     * An update from a caller who was shown "name not published" for the responsible person: sent back as shown
     * (no user key, that text or no name), the stored person stays.
     */
    private HearingInput keepUnseenResponsible(HearingInput input, HearingRow stored) {
        ShownName shown = responsible(stored);
        if (!shown.hidden() || input.responsibleUserKey() != null
                || input.responsibleName() != null && !input.responsibleName().equals(shown.name())) {
            return input;
        }
        return new HearingInput(input.title(), input.issuingBody(), input.reference(), input.url(), input.summary(),
                input.receivedOn(), input.deadline(), stored.responsibleUserKey(), stored.responsibleName(),
                input.pageId(), input.response(), input.dissent(), input.easyRead(), input.outcome(),
                input.reviewDate(), input.version());
    }

    private static HearingInput normalised(HearingInput input) {
        if (input == null) {
            throw new ValidationException(FieldError.of("title", "samraad.error.required"));
        }
        return new HearingInput(
                Validation.blankToNull(input.title()),
                Validation.blankToNull(input.issuingBody()),
                Validation.blankToNull(input.reference()),
                Validation.blankToNull(input.url()),
                blankToNullKeepingLines(input.summary()),
                Validation.blankToNull(input.receivedOn()),
                Validation.blankToNull(input.deadline()),
                Validation.blankToNull(input.responsibleUserKey()),
                Validation.blankToNull(input.responsibleName()),
                input.pageId(),
                blankToNullKeepingLines(input.response()),
                blankToNullKeepingLines(input.dissent()),
                blankToNullKeepingLines(input.easyRead()),
                blankToNullKeepingLines(input.outcome()),
                Validation.blankToNull(input.reviewDate()),
                input.version());
    }

    /** Long texts keep their inner line breaks and indentation; only a text of nothing but space becomes absent. */
    private static String blankToNullKeepingLines(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- mapping

    private HearingRow visible(int id) {
        HearingRow row = query.byId(id, caller(), CalendarDays.today(time)).orElseThrow(NotFoundException::new);
        if (!permissions.canView(row.spaceKey()) || !pages.canView(row.pageId())) {
            throw new NotFoundException();
        }
        return row;
    }

    private Hearing written(int id) {
        HearingRow row = query.byId(id, caller(), CalendarDays.today(time)).orElseThrow(NotFoundException::new);
        return hearing(row, today(row.councilLocale()));
    }

    private Hearing hearing(HearingRow row, LocalDate today) {
        ShownName shown = responsible(row);
        DeadlineState state = row.deadline() == null ? null
                : HearingDeadline.state(row.status(), row.deadline(), row.submittedOn(), today);
        Long daysLeft = row.deadline() == null || !row.status().isOpen() ? null
                : HearingDeadline.daysLeft(row.deadline(), today);
        return new Hearing(row.id(), row.councilId(), row.subject(), row.issuingBody(), row.issuerReference(),
                row.url(), row.summary(), row.receivedOn(), row.deadline(), shown.userKey(), shown.name(),
                row.status(), List.copyOf(row.status().next()), state, daysLeft, row.pageId(), row.agendaItemId(),
                row.submittedOn(), row.response(), row.dissent(), row.easyRead(), row.outcome(), row.reviewDate(),
                row.version());
    }

    private LocalDate today(String councilLocale) {
        ZoneId zone = CouncilZone.forLocale(councilLocale);
        return HearingDeadline.today(time.now(), zone);
    }

    /** The responsible person as the caller may see them: the member list's rule decides. */
    private ShownName responsible(HearingRow row) {
        return visibility.name(row.responsibleStanding(), row.responsibleUserKey(), row.responsibleName(),
                insider(row));
    }

    private boolean insider(HearingRow row) {
        return visibility.seesUnpublishedNames(row.spaceKey(), row.callerServingInsider());
    }

    private String caller() {
        return currentUser.userKey().orElse(null);
    }

    private record Dates(LocalDate received, LocalDate deadline, LocalDate review) {}
}
