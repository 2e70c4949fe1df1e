package org.samraad.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.samraad.council.MemberRole;
import org.samraad.council.MemberRow;
import org.samraad.council.PersonStanding;
import org.samraad.meeting.AgendaRow.PresenterStanding;

/**
 * What approving the minutes froze: the rows the meeting's views are built from, as the live reads had them that
 * day, so the views, REST replies and exports lay them out for each reader with the same rules as live data (names
 * by the member list's rule, placeholders in the reader's language) but from what was approved. Confluence full
 * names are frozen with them; contact details are never part of it. Stored as JSON in
 * {@link MinutesSnapshotEntity}; records only, so it reads back as written.
 *
 * @param approvedBy the approver's user key (null once erased; the meeting row names the approver to readers)
 * @param agenda the items with attachments, dissenters and the presenters' standing
 * @param formerPresenters items whose presenter was erased since: shown as "Former member"
 * @param fullNames user key → the Confluence full name on the day of approval
 * @param attendanceVersion the attendance's version then
 * @param attendance the recorded attendance lines, with their organisations' names then
 * @param attendees the members the attendance lists, as they stood then
 * @param actions the follow-up list (the carry-over and the meeting's own actions) as it stood that day
 * @param noteTaker the member who took the notes, as they stood then; null without one (and in minutes frozen
 *     before there were note-takers)
 * @param bodies the councils the attendance listed its members under, with their names that day (a joint
 *     meeting's several; empty in minutes frozen before joint meetings: the meeting's council alone)
 * @param guests the invited guests with their consent then (never their address); a name erased since is null
 * @param moreCarriedOver whether the council had more open actions from elsewhere then than {@code actions} lists
 *     (the follow-up says so); false in minutes frozen before the follow-up was bounded, which listed them all
 */
record FrozenMinutes(
        String approvedBy,
        List<AgendaRow> agenda,
        List<Integer> formerPresenters,
        Map<String, String> fullNames,
        int attendanceVersion,
        List<AttendanceQuery.Row> attendance,
        List<Attendee> attendees,
        List<ActionSummary> actions,
        Attendee noteTaker,
        List<AttendanceBody> bodies,
        List<AttendanceQuery.Invited> guests,
        boolean moreCarriedOver) {

    /** Plain records in, the same records out; a field a later version adds reads as its default. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    FrozenMinutes {
        agenda = List.copyOf(agenda);
        formerPresenters = formerPresenters == null ? List.of() : List.copyOf(formerPresenters);
        fullNames = Map.copyOf(fullNames);
        attendance = List.copyOf(attendance);
        attendees = List.copyOf(attendees);
        actions = List.copyOf(actions);
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        guests = guests == null ? List.of() : List.copyOf(guests);
    }

    static FrozenMinutes parse(String json) {
        try {
            return JSON.readValue(json, FrozenMinutes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot of approved minutes unreadable", e);
        }
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Approved minutes could not be frozen", e);
        }
    }

    /** A member the attendance lists, without contact details (never needed to show attendance). */
    record Attendee(int id, int councilId, String userKey, String name, MemberRole role, Integer seatId,
            Integer organisationId, String organisationName, Integer substituteForId, String termStart,
            String termEnd, boolean publishConsent, String anonymisedAt, Integer personId) {

        static Attendee of(MemberRow row) {
            return new Attendee(row.id(), row.councilId(), row.userKey(), row.name(), row.role(), row.seatId(),
                    row.organisationId(), row.organisationName(), row.substituteForId(), text(row.termStart()),
                    text(row.termEnd()), row.publishConsent(), text(row.anonymisedAt()), row.personId());
        }

        MemberRow row() {
            return new MemberRow(id, councilId, userKey, name, role, seatId, organisationId, organisationName,
                    substituteForId, termStart == null ? null : LocalDate.parse(termStart),
                    termEnd == null ? null : LocalDate.parse(termEnd), false, publishConsent, null, null, null, null,
                    anonymisedAt == null ? null : Instant.parse(anonymisedAt), 0, personId);
        }

        /** Anonymised on erasure, as the member row itself is: the line stays, as "former member". */
        Attendee former(Instant when) {
            return new Attendee(id, councilId, null, null, role, seatId, organisationId, organisationName,
                    substituteForId, termStart, termEnd, false, when.toString(), personId);
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    /** These minutes with the Confluence full names of the people they name, by user key. */
    FrozenMinutes withFullNames(Map<String, String> names) {
        return new FrozenMinutes(approvedBy, agenda, formerPresenters, names, attendanceVersion, attendance, attendees,
                actions, noteTaker, bodies, guests, moreCarriedOver);
    }

    /** The agenda rows, an erased presenter as "Former member" (in the reader's language) to every reader. */
    List<AgendaRow> agendaRows(String formerMember) {
        if (formerPresenters.isEmpty()) {
            return agenda;
        }
        Set<Integer> former = new HashSet<>(formerPresenters);
        return agenda.stream().map(r -> !former.contains(r.id()) ? r
                : new AgendaRow(r.id(), r.meetingId(), r.sortOrder(), r.title(), r.kind(), r.standingKind(), null,
                        formerMember, PresenterStanding.NOT_A_MEMBER, r.durationMinutes(), r.closed(),
                        r.casePresentation(), r.recommendation(), r.decision(), r.dissent(), r.easyRead(),
                        r.hearingId(), r.hearingPageId(), r.attachments(), r.version(), r.dissenters(), r.caseNumber()))
                .toList();
    }

    List<MemberRow> listedMembers() {
        return attendees.stream().map(Attendee::row).toList();
    }

    /** Names by user key as they were on the day of approval; {@code otherwise} for a key not frozen. */
    Function<String, String> names(Function<String, String> otherwise) {
        return key -> {
            String name = fullNames.get(key);
            return name != null ? name : otherwise.apply(key);
        };
    }

    /** The user keys these minutes name, the approver's too, for the index that erasure and the export search. */
    Set<String> userKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(approvedBy);
        for (AgendaRow row : agenda) {
            keys.add(row.presenterUserKey());
            row.dissenters().forEach(d -> keys.add(d.userKey()));
        }
        attendance.forEach(row -> keys.add(row.userKey()));
        attendees.forEach(a -> keys.add(a.userKey()));
        actions.forEach(a -> keys.add(a.ownerUserKey()));
        if (noteTaker != null) {
            keys.add(noteTaker.userKey());
        }
        keys.remove(null);
        return keys;
    }

    /** The member ids these minutes name. */
    Set<Integer> memberIds() {
        Set<Integer> ids = new LinkedHashSet<>();
        agenda.forEach(row -> row.dissenters().forEach(d -> ids.add(d.memberId())));
        attendees.forEach(a -> ids.add(a.id()));
        if (noteTaker != null) {
            ids.add(noteTaker.id());
        }
        return ids;
    }

    /**
     * These minutes without a person, as live rows are after an erasure: a presenter, an action's owner, a
     * dissenter and an attending member become "former member", a guest "guest (name erased)". By user key
     * (an account, wherever it appears) or by member id (one membership); either may be null.
     */
    FrozenMinutes without(String userKey, Integer memberId, Instant when) {
        List<Integer> former = new ArrayList<>(formerPresenters);
        List<AgendaRow> items = agenda.stream().map(r -> {
            boolean presenter = userKey != null && userKey.equals(r.presenterUserKey());
            if (presenter) {
                former.add(r.id());
            }
            List<AgendaRow.Dissenter> dissenters = r.dissenters().stream()
                    .map(d -> matches(d.userKey(), d.memberId(), userKey, memberId)
                            ? new AgendaRow.Dissenter(d.memberId(), null, null, PersonStanding.FORMER) : d)
                    .toList();
            return new AgendaRow(r.id(), r.meetingId(), r.sortOrder(), r.title(), r.kind(), r.standingKind(),
                    presenter ? null : r.presenterUserKey(), presenter ? null : r.presenterName(),
                    r.presenterStanding(), r.durationMinutes(), r.closed(), r.casePresentation(), r.recommendation(),
                    r.decision(), r.dissent(), r.easyRead(), r.hearingId(), r.hearingPageId(), r.attachments(),
                    r.version(), dissenters, r.caseNumber());
        }).toList();
        List<AttendanceQuery.Row> lines = attendance.stream().map(a -> userKey != null && userKey.equals(a.userKey())
                ? new AttendanceQuery.Row(a.id(), a.memberId(), null, null, a.organisationId(), a.organisationName(),
                        a.status(), a.substituteId())
                : a).toList();
        List<Attendee> members = attendees.stream()
                .map(a -> matches(a.userKey(), a.id(), userKey, memberId) ? a.former(when) : a).toList();
        List<ActionSummary> followUp = actions.stream().map(a -> userKey != null && userKey.equals(a.ownerUserKey())
                ? new ActionSummary(a.id(), a.title(), null, null, a.organisationName(), a.dueDate(), a.statusKey(),
                        a.closed(), a.meetingId(), a.agendaItemId(), a.overdue(), PersonStanding.FORMER)
                : a).toList();
        Map<String, String> names = new HashMap<>(fullNames);
        if (userKey != null) {
            names.remove(userKey);
        }
        // a member's own key goes with the membership: their name was frozen under it
        attendees.stream().filter(a -> matches(a.userKey(), a.id(), userKey, memberId) && a.userKey() != null)
                .forEach(a -> names.remove(a.userKey()));
        agenda.forEach(r -> r.dissenters().stream()
                .filter(d -> matches(d.userKey(), d.memberId(), userKey, memberId) && d.userKey() != null)
                .forEach(d -> names.remove(d.userKey())));
        String approver = userKey != null && userKey.equals(approvedBy) ? null : approvedBy;
        Attendee taker = noteTaker != null && matches(noteTaker.userKey(), noteTaker.id(), userKey, memberId)
                ? noteTaker.former(when) : noteTaker;
        if (noteTaker != null && taker != noteTaker && noteTaker.userKey() != null) {
            names.remove(noteTaker.userKey());
        }
        return new FrozenMinutes(approver, items, former.stream().distinct().toList(), names, attendanceVersion, lines,
                members, followUp, taker, bodies, guests, moreCarriedOver);
    }

    /**
     * The names these minutes know a person by, as frozen beside their key or membership: their Confluence full
     * name, and the names written on their attendance, presenter, dissenter and owner lines.
     */
    Set<String> namesOf(String userKey, Integer memberId) {
        Set<String> names = new LinkedHashSet<>();
        if (userKey != null) {
            names.add(fullNames.get(userKey));
            agenda.stream().filter(r -> userKey.equals(r.presenterUserKey())).forEach(r -> names.add(r.presenterName()));
            attendance.stream().filter(a -> userKey.equals(a.userKey())).forEach(a -> names.add(a.name()));
            actions.stream().filter(a -> userKey.equals(a.ownerUserKey())).forEach(a -> names.add(a.ownerName()));
        }
        attendees.stream().filter(a -> matches(a.userKey(), a.id(), userKey, memberId)).forEach(a -> {
            names.add(a.name());
            // a member without an account has no key: the frozen map (immutable) refuses to look up null
            if (a.userKey() != null) {
                names.add(fullNames.get(a.userKey()));
            }
        });
        agenda.forEach(r -> r.dissenters().stream().filter(d -> matches(d.userKey(), d.memberId(), userKey, memberId))
                .forEach(d -> names.add(d.name())));
        attendance.stream().filter(a -> memberId != null && memberId.equals(a.memberId()))
                .forEach(a -> names.add(a.name()));
        if (noteTaker != null && matches(noteTaker.userKey(), noteTaker.id(), userKey, memberId)) {
            names.add(noteTaker.name());
            if (noteTaker.userKey() != null) {
                names.add(fullNames.get(noteTaker.userKey()));
            }
        }
        names.remove(null);
        // initials and fragments would black out other words
        names.removeIf(name -> name.strip().length() < 3);
        return names;
    }

    /**
     * These minutes with each of the names blacked out of their free texts (item titles, case presentations,
     * recommendations, decisions, dissent, easy-read versions and the follow-up list's titles), as an archivist
     * blacks a name out of a signed record: whole words only, in any letter case.
     */
    FrozenMinutes withNamesReplaced(Set<String> names, String replacement) {
        if (names.isEmpty()) {
            return this;
        }
        String alternatives = names.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(name -> java.util.regex.Pattern.quote(name.strip())).collect(java.util.stream.Collectors.joining("|"));
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        String quoted = java.util.regex.Matcher.quoteReplacement(replacement);
        java.util.function.UnaryOperator<String> scrub = text -> text == null ? null
                : pattern.matcher(text).replaceAll(quoted);
        List<AgendaRow> items = agenda.stream().map(r -> new AgendaRow(r.id(), r.meetingId(), r.sortOrder(),
                scrub.apply(r.title()), r.kind(), r.standingKind(), r.presenterUserKey(), r.presenterName(),
                r.presenterStanding(), r.durationMinutes(), r.closed(), scrub.apply(r.casePresentation()),
                scrub.apply(r.recommendation()), scrub.apply(r.decision()), scrub.apply(r.dissent()),
                scrub.apply(r.easyRead()), r.hearingId(), r.hearingPageId(), r.attachments(), r.version(),
                r.dissenters(), r.caseNumber())).toList();
        List<ActionSummary> followUp = actions.stream().map(a -> new ActionSummary(a.id(), scrub.apply(a.title()),
                a.ownerUserKey(), a.ownerName(), a.organisationName(), a.dueDate(), a.statusKey(), a.closed(),
                a.meetingId(), a.agendaItemId(), a.overdue(), a.ownerStanding())).toList();
        return new FrozenMinutes(approvedBy, items, formerPresenters, fullNames, attendanceVersion, attendance,
                attendees, followUp, noteTaker, bodies, guests, moreCarriedOver);
    }

    /** The invited guests these minutes name, for the index that erasure searches. */
    Set<Integer> guestIds() {
        Set<Integer> ids = new LinkedHashSet<>();
        guests.forEach(g -> ids.add(g.id()));
        return ids;
    }

    /**
     * These minutes without an invited guest's name, as the guest row is gone after an erasure: the guest stays,
     * as their organisation's representative (or "an invited guest").
     */
    FrozenMinutes withoutGuest(int guestId) {
        return new FrozenMinutes(approvedBy, agenda, formerPresenters, fullNames, attendanceVersion, attendance,
                attendees, actions, noteTaker, bodies, guests.stream().map(g -> g.id() != guestId ? g
                        : new AttendanceQuery.Invited(g.id(), null, g.organisation(), g.publishConsent())).toList(),
                moreCarriedOver);
    }

    /** The name these minutes know an invited guest by, to black out of the free texts as a member's is. */
    Set<String> namesOfGuest(int guestId) {
        Set<String> names = new LinkedHashSet<>();
        guests.stream().filter(g -> g.id() == guestId && g.name() != null).forEach(g -> names.add(g.name()));
        names.removeIf(name -> name.strip().length() < 3);
        return names;
    }

    private static boolean matches(String rowKey, Integer rowMember, String userKey, Integer memberId) {
        return userKey != null && userKey.equals(rowKey) || memberId != null && Objects.equals(memberId, rowMember);
    }
}
