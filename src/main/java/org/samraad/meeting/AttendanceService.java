package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.samraad.council.Member;
import org.samraad.council.MemberRole;
import org.samraad.council.MemberRow;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.council.OrganisationService;
import org.samraad.council.Term;
import org.samraad.council.Viewer;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.Rows;
import org.samraad.platform.TextLengths;
import org.samraad.platform.Transactions;
import org.samraad.platform.UserNames;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * A meeting's attendance: who of the council was there, who sent apologies, which substitute came for whom, and
 * the guests. Whoever can view the meeting reads it (names as {@link MemberVisibility} allows); space editors
 * record it, the whole list at once, guarded by the meeting's attendance version (not the meeting's own version,
 * which guards edits of the meeting: recording attendance and editing the agenda do not block each other).
 *
 * <p>The members listed are those serving on the meeting's day (in the council's zone); a member anonymised since
 * keeps their line, as "former member", when attendance was recorded for them, so an old quorum does not change.
 * A read costs two statements after the meeting's own: the council's members, and the attendance rows with their
 * organisations' names.
 *
 * <p>A joint meeting (held with other councils, {@link Meeting#jointCouncilIds()}) lists each council's members
 * under the council's name, the meeting's own first, still in one statement for all the members; a person who sits
 * in several of them is listed once, under the first, with the others noted. The quorum is the meeting's own
 * council's.
 */
@Component
public class AttendanceService {
    static final int LINES_MAX = 500;
    static final String VERSION_COLUMN = "AttendanceVersion";

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final MeetingAccess access;
    private final MembersQuery members;
    private final MemberVisibility visibility;
    private final AttendanceQuery query;
    private final OrganisationService organisations;
    private final UserNames users;
    private final I18n i18n;
    private final MinutesSnapshots snapshots;

    public AttendanceService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            MeetingAccess access,
            MembersQuery members,
            MemberVisibility visibility,
            AttendanceQuery query,
            OrganisationService organisations,
            UserNames users,
            I18n i18n,
            MinutesSnapshots snapshots) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.access = access;
        this.members = members;
        this.visibility = visibility;
        this.query = query;
        this.organisations = organisations;
        this.users = users;
        this.i18n = i18n;
        this.snapshots = snapshots;
    }

    public Attendance get(int meetingId) {
        return of(access.view(meetingId));
    }

    public Quorum quorum(int meetingId) {
        return get(meetingId).quorum();
    }

    /**
     * The attendance of a meeting the caller already holds (a macro): two statements; of approved minutes, the
     * attendance as approved, one statement ({@link MinutesSnapshots}). It is part of the record, so
     * for others than those who prepare the meeting it exists only once the minutes are approved (404 before, see
     * {@link MeetingDisclosure}).
     */
    public Attendance of(MeetingContext context) {
        if (!MeetingDisclosure.of(context).record()) {
            throw new NotFoundException();
        }
        LocalDate day = day(context);
        Optional<MinutesSnapshots.Snapshot> approved = snapshots.of(context);
        if (approved.isPresent()) {
            FrozenMinutes minutes = approved.get().minutes();
            List<AttendanceBody> bodies = minutes.bodies() == null || minutes.bodies().isEmpty()
                    ? List.of(hostBody(context)) : minutes.bodies();
            return attendance(context, day, new AttendanceQuery.Sheet(minutes.attendanceVersion(),
                    minutes.attendance(), minutes.guests()), listing(bodies, minutes.listedMembers()),
                    minutes.names(users::fullName));
        }
        AttendanceQuery.Sheet sheet = query.ofMeeting(context.meeting().id());
        Roll roll = roll(context, members);
        return attendance(context, day, sheet, listing(roll.bodies(), listed(roll, sheet.rows(), day)),
                users::fullName);
    }

    /**
     * The quorum the given lines would give, without saving them: what the attendance form shows as it is filled in,
     * by the rule a save uses ({@link Quorum}, over the members a save would list). Lenient, since the lines are
     * being typed: an unknown status counts as nothing recorded, and nothing is validated. Space EDIT needed (403);
     * three statements.
     */
    public Quorum preview(int meetingId, AttendanceInput input) {
        MeetingContext context = access.edit(meetingId);
        LocalDate day = day(context);
        Roll roll = roll(context, members);
        Listing listing = listing(roll.bodies(), listed(roll, query.ofMeeting(meetingId).rows(), day));
        Map<Integer, AttendanceStatus> given = new HashMap<>();
        if (input != null && input.lines() != null) {
            for (AttendanceLineInput line : input.lines()) {
                if (line != null && line.memberId() != null) {
                    AttendanceStatus status = Validation.parse(Validation.blankToNull(line.status()),
                            AttendanceStatus.class);
                    given.put(line.memberId(), status == AttendanceStatus.GUEST ? null : status);
                }
            }
        }
        int host = context.council().id();
        return Quorum.of(listing.rows().stream().filter(row -> row.councilId() == host)
                .map(row -> new AttendanceLine(row.id(), null, null, null, false, row.role(), null, null,
                        given.get(row.id()), null, null, null))
                .toList());
    }

    /** The bodies a meeting lists its members under, the meeting's own council first, with all their members. */
    record Roll(List<AttendanceBody> bodies, List<MemberRow> members) {}

    /**
     * The meeting's bodies and their members in one statement: the council's members, or at a joint meeting the
     * members of every council it is held with too (councils removed since are left out).
     */
    static Roll roll(MeetingContext context, MembersQuery members) {
        Meeting meeting = context.meeting();
        if (!meeting.joint()) {
            return new Roll(List.of(hostBody(context)), members.ofCouncil(context.council().id()));
        }
        List<Integer> ids = new ArrayList<>();
        ids.add(context.council().id());
        ids.addAll(meeting.jointCouncilIds());
        MembersQuery.Councils found = members.ofCouncils(ids);
        List<AttendanceBody> bodies = new ArrayList<>();
        bodies.add(hostBody(context));
        meeting.jointCouncilIds().stream().filter(found.names()::containsKey)
                .forEach(id -> bodies.add(new AttendanceBody(id, found.names().get(id), false)));
        return new Roll(bodies, found.members());
    }

    private static AttendanceBody hostBody(MeetingContext context) {
        return new AttendanceBody(context.council().id(), context.council().name(), true);
    }

    /** Each body's members listed on the day ({@link #listed(List, List, LocalDate)}), body by body in order. */
    static List<MemberRow> listed(Roll roll, List<AttendanceQuery.Row> recorded, LocalDate day) {
        Map<Integer, List<MemberRow>> byCouncil = roll.members().stream()
                .collect(Collectors.groupingBy(MemberRow::councilId));
        List<MemberRow> listed = new ArrayList<>();
        for (AttendanceBody body : roll.bodies()) {
            listed.addAll(listed(byCouncil.getOrDefault(body.councilId(), List.of()), recorded, day));
        }
        return listed;
    }

    /**
     * Who the attendance lists, under which body: a person who sits in several of the bodies (one person record, or
     * one Confluence account) is listed once, under the first body (the meeting's own council first), with the
     * others noted.
     */
    record Listing(List<AttendanceBody> bodies, List<MemberRow> rows, Map<Integer, List<String>> alsoIn) {}

    static Listing listing(List<AttendanceBody> bodies, List<MemberRow> listed) {
        Map<Integer, String> names = new HashMap<>();
        bodies.forEach(body -> names.put(body.councilId(), body.name()));
        Map<String, MemberRow> first = new HashMap<>();
        Map<Integer, List<String>> alsoIn = new HashMap<>();
        List<MemberRow> rows = new ArrayList<>();
        for (MemberRow row : listed) {
            MemberRow earlier = first.putIfAbsent(person(row), row);
            if (earlier == null || earlier.councilId() == row.councilId()) {
                rows.add(row);
            } else {
                alsoIn.computeIfAbsent(earlier.id(), k -> new ArrayList<>()).add(names.get(row.councilId()));
            }
        }
        return new Listing(bodies, rows, alsoIn);
    }

    private static String person(MemberRow row) {
        return row.userKey() != null ? "u:" + row.userKey() : "p:" + row.person();
    }

    /**
     * Replaces the meeting's attendance with these lines, all or nothing. Space EDIT needed (403), the version read
     * (409 if someone saved since), and every line valid (400 with a field error per line, e.g. lines[3].substituteId).
     */
    public Attendance record(int meetingId, AttendanceInput input) {
        MeetingContext context = access.edit(meetingId);
        if (input == null) {
            throw new ValidationException(FieldError.of("lines", "samraad.error.required"));
        }
        LocalDate day = day(context);
        Roll roll = roll(context, members);
        Map<Integer, MemberRow> serving = roll.members().stream().filter(row -> row.isServing(day))
                .collect(Collectors.toMap(MemberRow::id, Function.identity()));
        // a former member keeps a recorded line, so a list saved back as shown stays valid; a person in two bodies
        // of a joint meeting has one line, under the first
        Set<Integer> listed = listing(roll.bodies(), listed(roll, query.ofMeeting(meetingId).rows(), day)).rows()
                .stream().map(MemberRow::id).collect(Collectors.toSet());
        List<Line> lines = validate(input, listed, serving);
        return transactions.inTransaction(() -> {
            versions.claim(MeetingEntity.class, meetingId, VERSION_COLUMN, input.version());
            // after the claim, which holds the meeting's row: an approval cannot slip in between check and write
            MeetingLockedException.refuseChangesIn(
                    MeetingStatus.valueOf(Rows.existing(ao, MeetingEntity.class, meetingId).getStatus()),
                    "samraad.attendance.error.locked");
            ao.deleteWithSQL(AttendanceEntity.class, "MEETING_ID = ?", meetingId);
            for (Line line : lines) {
                AttendanceEntity row = ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", meetingId),
                        new DBParam("STATUS", line.status().name()), new DBParam("VERSION", 0));
                row.setMemberId(line.memberId());
                row.setSubstituteId(line.substituteId());
                row.setUserKey(line.userKey());
                row.setName(line.name());
                row.setOrganisationId(line.organisationId());
                row.save();
            }
            AttendanceQuery.Sheet sheet = query.ofMeeting(meetingId);
            return attendance(context, day, sheet, listing(roll.bodies(), listed(roll, sheet.rows(), day)),
                    users::fullName);
        });
    }

    // --- validation

    /** A line as it will be stored. */
    private record Line(Integer memberId, AttendanceStatus status, Integer substituteId, String userKey, String name,
            Integer organisationId) {}

    private List<Line> validate(AttendanceInput input, Set<Integer> listed, Map<Integer, MemberRow> serving) {
        Validation validation = new Validation().required("version", input.version()).required("lines", input.lines());
        List<AttendanceLineInput> given = input.lines() == null ? List.of() : input.lines();
        if (given.size() > LINES_MAX) {
            validation.add(FieldError.of("lines", "samraad.attendance.error.too-many", LINES_MAX));
            validation.throwIfInvalid();
        }
        Set<Integer> presentMembers = new HashSet<>();
        for (AttendanceLineInput line : given) {
            if (line != null && line.memberId() != null
                    && Validation.parse(line.status(), AttendanceStatus.class) == AttendanceStatus.PRESENT) {
                presentMembers.add(line.memberId());
            }
        }
        Set<Integer> seenMembers = new HashSet<>();
        Set<Integer> seenSubstitutes = new HashSet<>();
        Set<String> seenGuests = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "lines[" + i + "].";
            AttendanceLineInput line = given.get(i);
            if (line == null) {
                validation.add(FieldError.of("lines[" + i + "]", "samraad.error.required"));
                continue;
            }
            String statusName = Validation.blankToNull(line.status());
            validation.oneOf(at + "status", statusName, AttendanceStatus.class);
            AttendanceStatus status = Validation.parse(statusName, AttendanceStatus.class);
            Line valid = line.memberId() != null
                    ? memberLine(validation, at, line, status, listed, serving, presentMembers, seenMembers,
                            seenSubstitutes)
                    : guestLine(validation, at, line, status, seenGuests);
            if (valid != null) {
                lines.add(valid);
            }
        }
        validation.throwIfInvalid();
        return lines;
    }

    /** A member's line, or null when nothing is recorded for the member (or the line is invalid). */
    private Line memberLine(Validation validation, String at, AttendanceLineInput line, AttendanceStatus status,
            Set<Integer> listed, Map<Integer, MemberRow> serving, Set<Integer> presentMembers, Set<Integer> seenMembers,
            Set<Integer> seenSubstitutes) {
        int memberId = line.memberId();
        if (!listed.contains(memberId)) {
            validation.add(FieldError.of(at + "memberId", "samraad.attendance.error.unknown-member"));
        } else if (!seenMembers.add(memberId)) {
            validation.add(FieldError.of(at + "memberId", "samraad.attendance.error.duplicate"));
        }
        if (line.userKey() != null || line.name() != null || line.organisationId() != null) {
            validation.add(FieldError.of(at + "memberId", "samraad.attendance.error.member-or-guest"));
        }
        if (status == AttendanceStatus.GUEST) {
            validation.add(FieldError.of(at + "status", "samraad.attendance.error.member-not-guest"));
        }
        if (status == AttendanceStatus.SUBSTITUTE_ATTENDED) {
            substitute(validation, at, memberId, line.substituteId(), serving, presentMembers, seenSubstitutes);
        } else if (line.substituteId() != null) {
            validation.add(FieldError.of(at + "substituteId", "samraad.attendance.error.substitute-without-status"));
        }
        return status == null ? null : new Line(memberId, status, line.substituteId(), null, null, null);
    }

    /**
     * The substitute must serve on the council on the meeting's day as a substitute (or be this member's personal
     * substitute), may stand in for one member only, and cannot also be recorded present in their own right.
     */
    private static void substitute(Validation validation, String at, int memberId, Integer substituteId,
            Map<Integer, MemberRow> serving, Set<Integer> presentMembers, Set<Integer> seenSubstitutes) {
        String field = at + "substituteId";
        if (substituteId == null) {
            validation.add(FieldError.of(field, "samraad.attendance.error.substitute-required"));
            return;
        }
        MemberRow substitute = serving.get(substituteId);
        MemberRow member = serving.get(memberId);
        if (substitute == null || substituteId == memberId
                || member != null && member.councilId() != substitute.councilId() // a body's substitute is its own
                || !(substitute.role() == MemberRole.SUBSTITUTE
                        || Integer.valueOf(memberId).equals(substitute.substituteForId()))) {
            validation.add(FieldError.of(field, "samraad.attendance.error.not-a-substitute"));
        } else if (presentMembers.contains(substituteId)) {
            validation.add(FieldError.of(field, "samraad.attendance.error.substitute-present"));
        } else if (!seenSubstitutes.add(substituteId)) {
            validation.add(FieldError.of(field, "samraad.attendance.error.substitute-twice"));
        }
    }

    private Line guestLine(Validation validation, String at, AttendanceLineInput line, AttendanceStatus status,
            Set<String> seenGuests) {
        String userKey = Validation.blankToNull(line.userKey());
        String name = Validation.blankToNull(line.name());
        if (status != null && status != AttendanceStatus.GUEST) {
            validation.add(FieldError.of(at + "memberId", "samraad.attendance.error.member-required"));
        }
        if (line.substituteId() != null) {
            validation.add(FieldError.of(at + "substituteId", "samraad.attendance.error.substitute-without-status"));
        }
        if (userKey == null && name == null) {
            validation.add(FieldError.of(at + "name", "samraad.attendance.error.guest-required"));
        }
        validation.userOrName(at + "name", userKey, name);
        validation.line(at + "name", name, TextLengths.LINE).line(at + "userKey", userKey, TextLengths.LINE);
        validation.existingUser(at + "userKey", userKey, users);
        if (line.organisationId() != null && !organisations.isVisible(line.organisationId())) {
            validation.add(FieldError.of(at + "organisationId", "samraad.attendance.error.unknown-organisation"));
        }
        String identity = (userKey != null ? "u:" + userKey : "n:" + String.valueOf(name).toLowerCase(Locale.ROOT))
                + "|" + line.organisationId();
        if ((userKey != null || name != null) && !seenGuests.add(identity)) {
            validation.add(FieldError.of(at + "name", "samraad.attendance.error.duplicate"));
        }
        return new Line(null, AttendanceStatus.GUEST, null, userKey, name, line.organisationId());
    }

    // --- reading

    /** The meeting's day where it happens: who serves is decided for that day. */
    private static LocalDate day(MeetingContext context) {
        return context.meeting().startsAt().toLocalDate();
    }

    /** Serving on the day, or anonymised since but with a recorded line (their line stays, as "former member"). */
    static List<MemberRow> listed(List<MemberRow> council, List<AttendanceQuery.Row> recorded, LocalDate day) {
        Set<Integer> withLine = recorded.stream().map(AttendanceQuery.Row::memberId).filter(id -> id != null)
                .collect(Collectors.toSet());
        return council.stream()
                .filter(row -> row.isServing(day) || row.anonymisedAt() != null
                        && new Term(row.termStart(), row.termEnd()).contains(day) && withLine.contains(row.id()))
                .sorted(Comparator.comparing(MemberRow::role))
                .toList();
    }

    /** @param fullNames a Confluence user's full name: now, or as it was when the minutes were approved */
    private Attendance attendance(MeetingContext context, LocalDate day, AttendanceQuery.Sheet sheet,
            Listing listing, Function<String, String> fullNames) {
        Viewer viewer = context.viewer();
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = key -> names.computeIfAbsent(key, fullNames);
        List<Member> shown = visibility.show(listing.rows(), viewer, day, name);
        Map<Integer, Member> byId = shown.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        Map<Integer, AttendanceQuery.Row> recorded = new HashMap<>();
        List<AttendanceQuery.Row> guestRows = new ArrayList<>();
        for (AttendanceQuery.Row row : sheet.rows()) {
            if (row.memberId() == null) {
                guestRows.add(row);
            } else if (row.status() != null) {
                recorded.put(row.memberId(), row);
            }
        }
        List<AttendanceLine> memberLines = shown.stream().map(member -> {
            AttendanceQuery.Row row = recorded.get(member.id());
            AttendanceStatus status = row == null ? null : row.status();
            Integer substituteId = status == AttendanceStatus.SUBSTITUTE_ATTENDED ? row.substituteId() : null;
            Member substitute = substituteId == null ? null : byId.get(substituteId);
            return new AttendanceLine(member.id(), member.userKey(), member.name(), member.displayName(),
                    member.nameHidden(), member.role(), member.organisationId(), member.organisationName(), status,
                    substituteId, substitute == null ? null : substitute.displayName(), member.substituteForId(),
                    member.councilId(), listing.alsoIn().get(member.id()));
        }).toList();
        boolean guestNames = viewer.insider() || viewer.editor();
        List<AttendanceLine> guests = guestRows.stream().map(row -> new AttendanceLine(null,
                guestNames ? row.userKey() : null,
                guestNames ? row.name() : null,
                !guestNames ? i18n.text("samraad.attendance.guest-name-hidden")
                        : row.userKey() != null ? name.apply(row.userKey())
                        : row.name() != null ? row.name()
                        : i18n.text("samraad.attendance.guest-erased"), // the person's data was erased
                !guestNames, null, row.organisationId(), row.organisationName(), AttendanceStatus.GUEST, null, null,
                null))
                .toList();
        boolean prepares = MeetingDisclosure.prepares(viewer);
        List<Guest> invited = sheet.guests().stream()
                .map(g -> Guest.shown(g, context.meeting().id(), prepares, i18n::text)).toList();
        // the quorum is the meeting's own council's: the other bodies attend, they do not make its decisions
        int host = context.council().id();
        List<AttendanceLine> hostLines = memberLines.stream().filter(line -> line.councilId() == host).toList();
        return new Attendance(context.meeting().id(), day, sheet.version(), memberLines, guests,
                Quorum.of(hostLines), byOrganisation(memberLines, guests, byId), listing.bodies(), invited);
    }

    /**
     * Who came for which organisation: members who came, through their organisation; a substitute who came,
     * through the substitute's own organisation, else the organisation of the member they stood in for; guests
     * through theirs. Organisations in name order; people in the order of the list.
     */
    private static List<OrganisationAttendance> byOrganisation(List<AttendanceLine> memberLines,
            List<AttendanceLine> guests, Map<Integer, Member> members) {
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, List<String>> people = new HashMap<>();
        for (AttendanceLine line : memberLines) {
            if (line.status() == AttendanceStatus.PRESENT) {
                add(names, people, line.organisationId(), line.organisationName(), line.displayName());
            } else if (line.status() == AttendanceStatus.SUBSTITUTE_ATTENDED && line.substituteId() != null) {
                Member substitute = members.get(line.substituteId());
                boolean own = substitute != null && substitute.organisationId() != null;
                add(names, people, own ? substitute.organisationId() : line.organisationId(),
                        own ? substitute.organisationName() : line.organisationName(), line.substituteName());
            }
        }
        for (AttendanceLine guest : guests) {
            add(names, people, guest.organisationId(), guest.organisationName(), guest.displayName());
        }
        Map<String, List<OrganisationAttendance>> sorted = new TreeMap<>();
        people.forEach((id, who) -> sorted.computeIfAbsent(names.get(id).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(new OrganisationAttendance(id, names.get(id), who)));
        return sorted.values().stream().flatMap(List::stream).toList();
    }

    private static void add(Map<Integer, String> names, Map<Integer, List<String>> people, Integer organisationId,
            String organisationName, String person) {
        if (organisationId == null || organisationName == null || person == null) {
            return;
        }
        names.put(organisationId, organisationName);
        people.computeIfAbsent(organisationId, k -> new ArrayList<>()).add(person);
    }

}
