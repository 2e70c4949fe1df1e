package org.samraad.communication;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.meeting.GuestEntity;
import org.samraad.meeting.GuestService;
import org.samraad.meeting.Guest;
import org.samraad.council.CouncilZone;
import org.samraad.council.Viewer;
import org.samraad.meeting.AgendaAudience;
import org.samraad.meeting.AgendaDispatchRecord;
import org.samraad.meeting.AgendaItem;
import org.samraad.meeting.AgendaRequestAnsweredEvent;
import org.samraad.meeting.AgendaRequestEntity;
import org.samraad.meeting.AgendaRequestStatus;
import org.samraad.meeting.AgendaService;
import org.samraad.meeting.MeetingAccess;
import org.samraad.meeting.MeetingContext;
import org.samraad.meeting.MeetingContextQuery;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Validation;
import org.samraad.platform.mail.MailQueue;
import org.samraad.platform.mail.MailText;
import org.samraad.platform.sql.RowLock;
import org.springframework.stereotype.Component;

/**
 * Sends one dispatch about a meeting: to each addressee the mail in the council's language with the agenda or
 * minutes in the version they may see, and a row in the dispatch log for everyone, reached or not (those without an
 * address are the print pack's). Runs inside the step's transaction: the rows and the queued mail are written
 * together or not at all. The meeting's row is locked first and each row's dispatch key is unique, so a repeated or
 * retried dispatch, here or on another node, queues nothing twice.
 */
@Component
public class MeetingDispatch {
    private static final String MEMBER = "member:";
    private static final String GUEST = "guest:";
    private final ActiveObjects ao;
    private final RowLock rowLock;
    private final MeetingAccess access;
    private final MeetingContextQuery contexts;
    private final AgendaService agenda;
    private final MeetingRecipients recipients;
    private final MailQueue mail;
    private final I18n i18n;
    private final CurrentUser currentUser;
    private final UserAccessor users;
    private final ApplicationProperties application;
    private final TimeSource time;
    private final AgendaDispatchRecord agendaSent;

    public MeetingDispatch(
            @ComponentImport ActiveObjects ao,
            RowLock rowLock,
            MeetingAccess access,
            MeetingContextQuery contexts,
            AgendaService agenda,
            MeetingRecipients recipients,
            MailQueue mail,
            I18n i18n,
            CurrentUser currentUser,
            @ComponentImport UserAccessor users,
            @ComponentImport ApplicationProperties application,
            TimeSource time,
            AgendaDispatchRecord agendaSent) {
        this.ao = ao;
        this.rowLock = rowLock;
        this.access = access;
        this.contexts = contexts;
        this.agenda = agenda;
        this.recipients = recipients;
        this.mail = mail;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.users = users;
        this.application = application;
        this.time = time;
        this.agendaSent = agendaSent;
    }

    /** What one dispatch did: mails queued, and people it could not reach by e-mail. */
    public record Sent(int queued, int unreached) {}

    /**
     * Sends the dispatch of {@code kind} for the meeting's {@code sequence} (its version after the step), as the
     * current user (the secretariat taking the step), who may see the insiders' agenda.
     */
    public Sent send(int meetingId, DispatchKind kind, int sequence) {
        rowLock.lock(MeetingEntity.class, meetingId);
        MeetingContext context = kind == DispatchKind.DAY_BEFORE ? unattended(meetingId) : access.view(meetingId);
        boolean withGuests = kind != DispatchKind.MINUTES_APPROVED;
        AgendaAudience outsiders = kind == DispatchKind.MINUTES_PUBLISHED ? AgendaAudience.PUBLIC : AgendaAudience.OUTSIDER;
        List<Addressee> addressees = recipients.of(context.meeting(), withGuests, outsiders);
        Locale locale = MailText.locale(context.councilLocale());
        MeetingMail compose = new MeetingMail(i18n, locale, context.meeting(), context.council().name(),
                context.spaceKey(), application.getBaseUrl(UrlMode.CANONICAL));
        boolean withItems = kind != DispatchKind.CANCELLATION && kind != DispatchKind.DAY_BEFORE;
        Map<AgendaAudience, List<AgendaItem>> versions = new EnumMap<>(AgendaAudience.class);
        Set<String> done = keys(meetingId, kind, sequence);
        Instant now = time.now();
        String[] organizer = organizer(context);
        int queued = 0;
        int unreached = 0;
        for (Addressee to : addressees) {
            if (claim(meetingId, kind, sequence, to, done, now) == null) {
                continue;
            }
            if (!to.reachable()) {
                unreached++;
                continue;
            }
            List<AgendaItem> items = withItems
                    ? versions.computeIfAbsent(to.audience(), audience -> agenda.agenda(context, audience))
                    : List.of();
            mail.enqueue(compose.mail(kind, to, items, sequence, organizer, now));
            queued++;
        }
        if (kind == DispatchKind.INVITATION) {
            // the agenda went out now, to those on paper too (the print pack); a repeated dispatch keeps the first
            agendaSent.sent(meetingId, now);
        }
        return new Sent(queued, unreached);
    }

    /**
     * Tells the requester that the secretariat accepted their agenda request (with the item's number) or declined
     * it (with the reason). The dispatch's sequence is the request's id: one answer per request.
     */
    public Sent sendRequestAnswer(AgendaRequestAnsweredEvent event) {
        rowLock.lock(MeetingEntity.class, event.meetingId());
        AgendaRequestEntity request = ao.get(AgendaRequestEntity.class, event.requestId());
        String userKey = request.getRequesterUserKey();
        if (userKey == null) {
            return new Sent(0, 0);
        }
        MeetingContext context = access.view(event.meetingId());
        ConfluenceUser user = users.getUserByKey(new UserKey(userKey));
        String address = user != null && !Validation.isBlank(user.getEmail()) ? user.getEmail().strip() : null;
        String name = user != null && user.getFullName() != null ? user.getFullName() : request.getRequesterName();
        // the log's key names the request, not the person: erasing the requester leaves no key behind
        Addressee to = new Addressee("request:" + event.requestId(), name == null ? "" : name, address,
                AgendaAudience.INSIDER, true);
        DispatchKind kind = DispatchKind.REQUEST_ANSWERED;
        Instant now = time.now();
        DispatchEntity row = claim(event.meetingId(), kind, event.requestId(), to,
                keys(event.meetingId(), kind, event.requestId()), now);
        if (row == null) {
            return new Sent(0, 0);
        }
        row.setUserKey(userKey);
        row.save();
        if (!to.reachable()) {
            return new Sent(0, 1);
        }
        Integer number = event.agendaItemId() == null ? null : agenda.agenda(context, AgendaAudience.INSIDER).stream()
                .filter(i -> i.id() == event.agendaItemId()).map(AgendaItem::number).findFirst().orElse(null);
        MeetingMail compose = new MeetingMail(i18n, MailText.locale(context.councilLocale()), context.meeting(),
                context.council().name(), context.spaceKey(), application.getBaseUrl(UrlMode.CANONICAL));
        mail.enqueue(compose.requestAnswer(to, request.getTitle(),
                event.status() == AgendaRequestStatus.ACCEPTED ? number : null, request.getAnswer()));
        return new Sent(1, 0);
    }

    /**
     * Writes the addressee's row of the dispatch unless it is there: null when it was (sent before). The unique
     * dispatch key turns a concurrent second writer into a failed transaction rather than a second mail.
     */
    private DispatchEntity claim(int meetingId, DispatchKind kind, int sequence, Addressee to, Set<String> done,
            Instant now) {
        String key = key(meetingId, kind, sequence, to.recipient());
        if (done.contains(key)) {
            return null;
        }
        DispatchEntity row = ao.create(DispatchEntity.class,
                new DBParam("MEETING_ID", meetingId),
                new DBParam("KIND", kind.name()),
                new DBParam("SEQUENCE", sequence),
                new DBParam("RECIPIENT", to.recipient()),
                new DBParam("OUTCOME", (to.reachable() ? DispatchOutcome.QUEUED : DispatchOutcome.NO_ADDRESS).name()),
                new DBParam("AUDIENCE", to.audience().name()),
                new DBParam("DISPATCHED_AT", Date.from(now)),
                new DBParam("DISPATCH_KEY", key));
        if (to.recipient().startsWith(MEMBER) || to.recipient().startsWith(GUEST)) {
            int id = Integer.parseInt(to.recipient().substring(to.recipient().indexOf(':') + 1));
            row.setMemberId(to.recipient().startsWith(MEMBER) ? id : null);
            row.setGuestId(to.recipient().startsWith(GUEST) ? id : null);
            row.save();
        }
        done.add(key);
        return row;
    }

    /**
     * The meeting for a job, which has no current user: facts only (a reminder carries no agenda), with a viewer
     * who may see nothing more.
     */
    private MeetingContext unattended(int meetingId) {
        MeetingContextQuery.Row row = contexts.byId(meetingId, null, CouncilZone.todayOfEveryCouncil(time))
                .orElseThrow(NotFoundException::new);
        return new MeetingContext(row.meeting(), row.council(), row.councilLocale(),
                new Viewer(false, false, false, false), row.minutesSigners());
    }

    /** Removes a deleted meeting's guests and dispatch log. */
    void forget(int meetingId) {
        ao.deleteWithSQL(GuestEntity.class, "MEETING_ID = ?", meetingId);
        ao.deleteWithSQL(DispatchEntity.class, "MEETING_ID = ?", meetingId);
    }

    /** The dispatch keys already written for this dispatch: one statement. */
    private Set<String> keys(int meetingId, DispatchKind kind, int sequence) {
        Set<String> keys = new HashSet<>();
        for (DispatchEntity row : ao.find(DispatchEntity.class, Query.select()
                .where("MEETING_ID = ? AND KIND = ? AND SEQUENCE = ?", meetingId, kind.name(), sequence))) {
            keys.add(row.getDispatchKey());
        }
        return keys;
    }

    static String key(int meetingId, DispatchKind kind, int sequence, String recipient) {
        String key = meetingId + "/" + kind.name() + "/" + sequence + "/" + recipient;
        return key.length() > 255 ? key.substring(0, 255) : key;
    }

    /** The secretariat member taking the step organises the meeting's calendar event. */
    private String[] organizer(MeetingContext context) {
        ConfluenceUser user = currentUser.userKey().map(k -> users.getUserByKey(new UserKey(k))).orElse(null);
        if (user != null && !Validation.isBlank(user.getEmail())) {
            String name = user.getFullName() == null ? context.council().name() : user.getFullName();
            return new String[] {name, user.getEmail().strip()};
        }
        return new String[] {context.council().name(), "noreply@invalid"};
    }
}
