package org.samraad.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.DBParam;
import org.samraad.meeting.MeetingAccess;
import org.samraad.meeting.MeetingContext;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.UserNames;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * A meeting's per-diem list: who of those present receives a per-diem (members marked so, and substitutes who came
 * and are marked so themselves), at the rates of the budget of the meeting's year. Only the council's secretariat
 * reads it (403 for other viewers of the meeting, 404 for those who cannot see it); the secretary records
 * kilometres and approves the list of a held meeting, which freezes it: an approved list takes no change but
 * reopening. Three statements a read: the meeting with the caller's standing, the list's head and rates, its lines.
 */
@Component
public class PerDiemService {
    /** Farther than any trip to a council meeting; a larger number is a typing error. */
    static final int KM_MAX = 10_000;

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock locks;
    private final MeetingAccess meetings;
    private final PerDiemQuery query;
    private final UserNames users;
    private final CurrentUser currentUser;
    private final I18n i18n;
    private final TimeSource time;

    public PerDiemService(@ComponentImport ActiveObjects ao, Transactions transactions, VersionClaim versions,
            RowLock locks, MeetingAccess meetings, PerDiemQuery query, UserNames users, CurrentUser currentUser,
            I18n i18n, TimeSource time) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.locks = locks;
        this.meetings = meetings;
        this.query = query;
        this.users = users;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.time = time;
    }

    public PerDiemList list(int meetingId) {
        return list(meetings.secretariat(meetingId));
    }

    /** For a caller that already holds the meeting (a macro): 403 unless the caller is the secretariat. */
    public PerDiemList list(MeetingContext context) {
        MeetingAccess.requireSecretariat(context);
        return list(context, query.head(context.meeting().id(), year(context)));
    }

    public PerDiemList update(int meetingId, PerDiemInput input) {
        MeetingContext context = meetings.secretariat(meetingId);
        if (input == null) {
            throw new ValidationException(List.of());
        }
        int year = year(context);
        PerDiemQuery.Head head = query.head(meetingId, year);
        boolean approve = Boolean.TRUE.equals(input.approved());
        Validation validation = new Validation().required("version", input.version());
        List<PerDiemQuery.Person> people = head.approved() ? List.of() : query.people(meetingId, false);
        Map<Integer, Integer> km = distances(validation, input.lines(), people);
        validation.throwIfInvalid();
        if (head.approved() && !Boolean.FALSE.equals(input.approved())) {
            throw new PerDiemConflictException("samraad.perdiem.error.approved");
        }
        if (approve && !context.meeting().status().wasHeld()) {
            throw new PerDiemConflictException("samraad.perdiem.error.not-held");
        }
        String currency = head.budgetCurrency() != null ? head.budgetCurrency()
                : BudgetCurrency.forLocale(context.council().locale()).name();
        transactions.inTransaction(() -> {
            locks.lock(MeetingEntity.class, meetingId);
            PerDiemListEntity[] found = ao.find(PerDiemListEntity.class, "MEETING_ID = ?", meetingId);
            PerDiemListEntity row = found.length > 0 ? found[0] : ao.create(PerDiemListEntity.class,
                    new DBParam("MEETING_ID", meetingId), new DBParam("COUNCIL_ID", context.council().id()),
                    new DBParam("VERSION", 0));
            row.setVersion(versions.claim(PerDiemListEntity.class, row.getID(), input.version()));
            if (head.approved()) {
                // reopening: the frozen lines stay as the kilometres recorded until the list is approved again
                row.setApproved(false);
                row.setApprovedAt(null);
                row.setApprovedBy(null);
                row.setBudgetYear(null);
                row.save();
                return;
            }
            ao.deleteWithSQL(PerDiemLineEntity.class, "MEETING_ID = ?", meetingId);
            for (PerDiemQuery.Person person : people) {
                Integer distance = km.get(person.memberId());
                ao.create(PerDiemLineEntity.class, new DBParam("MEETING_ID", meetingId),
                        new DBParam("COUNCIL_ID", context.council().id()),
                        new DBParam("MEMBER_ID", person.memberId()), new DBParam("SUBSTITUTE", person.substitute()),
                        new DBParam("KM", distance),
                        new DBParam("PER_DIEM", approve ? head.rates().perMeeting() : 0L),
                        new DBParam("TRANSPORT", approve ? head.rates().transportFor(distance) : 0L));
            }
            row.setApproved(approve);
            row.setApprovedAt(approve ? Date.from(time.now()) : null);
            row.setApprovedBy(approve ? currentUser.userKey().orElse(null) : null);
            row.setBudgetYear(approve ? year : null);
            row.setCurrency(approve ? currency : null);
            row.save();
        });
        return list(context, query.head(meetingId, year));
    }

    /** The kilometres typed per member: each member once, one the list has, a whole number from 0. */
    private static Map<Integer, Integer> distances(Validation validation, List<PerDiemInput.Distance> lines,
            List<PerDiemQuery.Person> people) {
        Map<Integer, Integer> km = new HashMap<>();
        List<PerDiemInput.Distance> given = lines == null ? List.of() : lines;
        Set<Integer> listed = new HashSet<>();
        people.forEach(person -> listed.add(person.memberId()));
        for (int i = 0; i < given.size(); i++) {
            PerDiemInput.Distance line = given.get(i);
            String at = "lines[" + i + "].";
            if (line == null || line.memberId() == null) {
                validation.add(FieldError.of(at + "memberId", "samraad.error.required"));
                continue;
            }
            if (!listed.contains(line.memberId()) || km.containsKey(line.memberId())) {
                validation.add(FieldError.of(at + "memberId", "samraad.perdiem.error.not-on-list"));
            }
            if (line.km() != null && (line.km() < 0 || line.km() > KM_MAX)) {
                validation.add(FieldError.of(at + "km", "samraad.perdiem.error.km", KM_MAX));
            }
            km.put(line.memberId(), line.km());
        }
        return km;
    }

    private PerDiemList list(MeetingContext context, PerDiemQuery.Head head) {
        List<PerDiemLine> items = new ArrayList<>();
        for (PerDiemQuery.Person person : query.people(context.meeting().id(), head.approved())) {
            long perDiem = head.approved() ? person.perDiem() : head.rates().perMeeting();
            long transport = head.approved() ? person.transport() : head.rates().transportFor(person.km());
            items.add(new PerDiemLine(person.memberId(), name(person), person.substitute(), person.km(), perDiem,
                    transport, perDiem + transport));
        }
        items.sort(Comparator.comparing(PerDiemLine::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(PerDiemLine::memberId));
        String currency = head.approved() && head.listCurrency() != null ? head.listCurrency()
                : head.budgetCurrency() != null ? head.budgetCurrency()
                : BudgetCurrency.forLocale(context.council().locale()).name();
        Instant approvedAt = head.approvedAt() == null ? null : head.approvedAt().toInstant();
        return new PerDiemList(context.meeting().id(), context.council().id(), currency, items,
                items.stream().mapToLong(PerDiemLine::amount).sum(), head.approved(), approvedAt,
                head.approvedBy() == null ? null : users.fullName(head.approvedBy()), head.version());
    }

    /** The secretariat sees every member's name (it is an insider): the member's own, or "former member". */
    String name(PerDiemQuery.Person person) {
        if (person.anonymised()) {
            return i18n.text("samraad.member.former");
        }
        return person.userKey() != null ? users.fullName(person.userKey())
                : person.name() != null ? person.name() : UserNames.unknown(i18n);
    }

    private static int year(MeetingContext context) {
        return context.meeting().startsAt().getYear();
    }
}
