package org.samraad.plan;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import net.java.ao.DBParam;
import org.samraad.action.ActionItemEntity;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.SeatEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;

/**
 * One generated council year, 2025 in Copenhagen, written straight into the tables, with the expected figures
 * worked out by hand in the comments (the tests pin them):
 *
 * <ul>
 * <li>Meetings: A 10 Mar published, B 16 Jun minutes approved, C 15 Sep held, D 8 Dec held, E cancelled, F planned
 *     at 23:30 on 31 Dec, G held at 00:30 on 1 Jan 2026 (next year in Copenhagen, still 2025 in UTC), H in 2024.
 *     Planned 5, held 4, cancelled 1; agenda on time A, C, D (B a day late): 3 of 4; minutes on time A and D
 *     (B two days late, C not approved and past its target): 2 of 4.</li>
 * <li>Voting members: chair and member on the political seats all year; a user member until 30 Jun, another from
 *     1 Jul; a substitute and the secretary do not count. Political 7 of 8 (one by substitute), users 2 of 4 (one by
 *     substitute), total 9 of 12.</li>
 * <li>Agenda items at the held meetings: information 2, discussion 1, decision 3, hearing 1 (standing items and
 *     items of cancelled and planned meetings left out); decisions 3, dissents 1 (an empty decision is none).</li>
 * <li>Hearings with a deadline in 2025: on time twice (once on the deadline day), late once, declined once, open
 *     past its deadline once: 5 in all, answered 3, on time 2 of 4 owed.</li>
 * <li>Actions: Kirkens Korshær created 2, completed 1, overdue 2; SAND created 2, completed 0, overdue 1 (due on
 *     31 Dec and open); without organisation created 1, completed 1. Totals 5, 2, 3.</li>
 * </ul>
 */
final class GeneratedYear {
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Second week of February 2026: the first quarter, so the default year is 2025. */
    static final Instant NOW = Instant.parse("2026-02-10T10:00:00Z");

    final int council;
    final int otherCouncil;
    final int korshaer;

    private final ActiveObjects ao;

    GeneratedYear(ActiveObjects ao, String spaceKey, String councilName, String organisationName) {
        this.ao = ao;
        council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", councilName),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
        otherCouncil = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "OTHER" + council),
                new DBParam("NAME", "Andet råd"), new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"),
                new DBParam("VERSION", 0)).getID();
        korshaer = organisation(spaceKey, organisationName);
        int sand = organisation(spaceKey, "SAND");
        int unused = organisation(spaceKey, "Ingen aktivitet");

        int political = seat("POLITICAL");
        int users = seat("USER");
        int chair = member("CHAIR", political, null, null);
        int politician = member("MEMBER", political, null, null);
        int firstUser = member("MEMBER", users, null, LocalDate.of(2025, 6, 30));
        int secondUser = member("MEMBER", users, LocalDate.of(2025, 7, 1), null);
        int substitute = member("SUBSTITUTE", users, null, null);
        member("SECRETARY", null, null, null);

        int a = meeting(council, "PUBLISHED", at(2025, 3, 10, 17, 0), at(2025, 3, 3, 20, 0), day(2025, 3, 3),
                at(2025, 3, 24, 21, 0), day(2025, 3, 24));
        int b = meeting(council, "MINUTES_APPROVED", at(2025, 6, 16, 17, 0), at(2025, 6, 10, 8, 0), day(2025, 6, 9),
                at(2025, 7, 2, 9, 0), day(2025, 6, 30));
        int c = meeting(council, "HELD", at(2025, 9, 15, 17, 0), at(2025, 9, 5, 12, 0), day(2025, 9, 8), null,
                day(2025, 9, 29));
        int d = meeting(council, "HELD", at(2025, 12, 8, 17, 0), at(2025, 12, 1, 10, 0), day(2025, 12, 1),
                at(2025, 12, 20, 10, 0), day(2025, 12, 22));
        int e = meeting(council, "CANCELLED", at(2025, 11, 3, 17, 0), null, day(2025, 10, 27), null, day(2025, 11, 17));
        int f = meeting(council, "PLANNED", at(2025, 12, 31, 23, 30), null, day(2025, 12, 24), null, day(2026, 1, 14));
        int g = meeting(council, "HELD", at(2026, 1, 1, 0, 30), at(2025, 12, 20, 10, 0), day(2025, 12, 25), null,
                day(2026, 1, 15));
        int h = meeting(council, "HELD", at(2024, 12, 10, 17, 0), at(2024, 12, 1, 10, 0), day(2024, 12, 3), null,
                day(2024, 12, 24));
        int elsewhere = meeting(otherCouncil, "HELD", at(2025, 5, 5, 17, 0), at(2025, 4, 1, 10, 0), day(2025, 4, 28),
                null, day(2025, 5, 19));

        attendance(a, chair, "PRESENT", null);
        attendance(a, politician, "APOLOGIES", null);
        attendance(a, firstUser, "PRESENT", null);
        attendance(a, substitute, "PRESENT", null);
        attendance(a, null, "GUEST", null);
        attendance(b, chair, "PRESENT", null);
        attendance(b, politician, "SUBSTITUTE_ATTENDED", substitute);
        attendance(b, firstUser, "ABSENT", null);
        attendance(c, chair, "PRESENT", null);
        attendance(c, politician, "PRESENT", null);
        attendance(d, chair, "PRESENT", null);
        attendance(d, politician, "PRESENT", null);
        attendance(d, secondUser, "SUBSTITUTE_ATTENDED", substitute);
        attendance(g, chair, "PRESENT", null);
        attendance(h, chair, "PRESENT", null);

        item(a, "INFORMATION", null, null);
        item(a, "DECISION", "Godkendt", null);
        item(a, "STANDING", "Dagsordenen godkendt", null);
        item(b, "DISCUSSION", null, null);
        item(b, "DECISION", "Vedtaget", "Et medlem stemte imod");
        item(b, "HEARING", "Høringssvar godkendt", null);
        item(c, "DECISION", "", null);
        item(d, "INFORMATION", null, null);
        item(e, "DECISION", "Aflyst punkt", null);
        item(f, "DISCUSSION", null, null);
        item(g, "DECISION", "Næste år", null);
        item(h, "DECISION", "Sidste år", null);
        item(elsewhere, "DECISION", "Andet råd", null);

        hearing(council, "SUBMITTED", day(2025, 3, 1), day(2025, 2, 28));
        hearing(council, "SUBMITTED", day(2025, 5, 1), day(2025, 5, 1));
        hearing(council, "SUBMITTED", day(2025, 8, 1), day(2025, 8, 4));
        hearing(council, "DECLINED", day(2025, 10, 1), null);
        hearing(council, "DRAFTING", day(2025, 11, 1), null);
        hearing(council, "SUBMITTED", day(2024, 12, 20), day(2024, 12, 19));
        hearing(council, "RECEIVED", day(2026, 3, 1), null);
        hearing(otherCouncil, "SUBMITTED", day(2025, 6, 1), day(2025, 6, 1));

        action(council, korshaer, "DONE", at(2025, 2, 1, 9, 0), at(2025, 4, 1, 9, 0), day(2025, 3, 1));
        action(council, korshaer, "OPEN", at(2025, 5, 1, 9, 0), null, day(2025, 12, 1));
        action(council, korshaer, "DONE", at(2024, 11, 1, 9, 0), at(2026, 1, 15, 9, 0), day(2025, 6, 1));
        action(council, sand, "CANCELLED", at(2025, 6, 1, 9, 0), null, day(2025, 7, 1));
        action(council, sand, "IN_PROGRESS", at(2025, 7, 1, 9, 0), null, day(2025, 12, 31));
        action(council, sand, "OPEN", at(2026, 1, 5, 9, 0), null, day(2026, 1, 20));
        action(council, null, "DONE", at(2025, 3, 1, 9, 0), at(2025, 3, 10, 9, 0), null);
        action(council, unused, "DONE", at(2023, 3, 1, 9, 0), at(2024, 3, 10, 9, 0), day(2024, 1, 1));
        action(otherCouncil, korshaer, "OPEN", at(2025, 3, 1, 9, 0), null, day(2025, 4, 1));
    }

    static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant());
    }

    static Date day(int year, int month, int day) {
        return CalendarDays.toDate(LocalDate.of(year, month, day));
    }

    private int organisation(String spaceKey, String name) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "USER_ORGANISATION"),
                new DBParam("SPACE_KEY", spaceKey), new DBParam("VERSION", 0)).getID();
    }

    private int seat(String group) {
        return ao.create(SeatEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("SEAT_GROUP", group),
                new DBParam("REQUIRED_COUNT", 2), new DBParam("SORT_ORDER", 0), new DBParam("VERSION", 0)).getID();
    }

    private int member(String role, Integer seat, LocalDate termStart, LocalDate termEnd) {
        return ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("ROLE", role),
                new DBParam("NAME", role + " " + seat), new DBParam("SEAT_ID", seat),
                new DBParam("TERM_START", CalendarDays.toDate(termStart)), new DBParam("TERM_END", CalendarDays.toDate(termEnd)),
                new DBParam("PER_DIEM_ELIGIBLE", false), new DBParam("PUBLISH_CONSENT", false),
                new DBParam("VERSION", 0)).getID();
    }

    /** A meeting whose agenda, when published, was dispatched at the same moment (as the publishing step does). */
    int meeting(int councilId, String status, Date startsAt, Date agendaPublishedAt, Date dispatchDeadline,
            Date minutesApprovedAt, Date minutesTarget) {
        return meeting(councilId, status, startsAt, agendaPublishedAt, agendaPublishedAt, dispatchDeadline,
                minutesApprovedAt, minutesTarget);
    }

    /** A meeting whose agenda was dispatched at {@code agendaSentAt} (null: its dispatch never happened). */
    int meeting(int councilId, String status, Date startsAt, Date agendaPublishedAt, Date agendaSentAt,
            Date dispatchDeadline, Date minutesApprovedAt, Date minutesTarget) {
        return ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", status), new DBParam("STARTS_AT", startsAt),
                new DBParam("AGENDA_PUBLISHED_AT", agendaPublishedAt), new DBParam("AGENDA_SENT_AT", agendaSentAt),
                new DBParam("DISPATCH_DEADLINE", dispatchDeadline),
                new DBParam("MINUTES_APPROVED_AT", minutesApprovedAt), new DBParam("MINUTES_TARGET", minutesTarget),
                new DBParam("OPEN_TO_PUBLIC", false), new DBParam("VERSION", 0), new DBParam("ATTENDANCE_VERSION", 0))
                .getID();
    }

    private void attendance(int meeting, Integer member, String status, Integer substitute) {
        ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", meeting), new DBParam("MEMBER_ID", member),
                new DBParam("NAME", member == null ? "Gæst" : null), new DBParam("STATUS", status),
                new DBParam("SUBSTITUTE_ID", substitute), new DBParam("VERSION", 0));
    }

    private void item(int meeting, String kind, String decision, String dissent) {
        ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meeting), new DBParam("TITLE", kind),
                new DBParam("KIND", kind), new DBParam("SORT_ORDER", 0), new DBParam("DURATION_MINUTES", 0),
                new DBParam("CLOSED", false), new DBParam("DECISION", decision), new DBParam("DISSENT", dissent),
                new DBParam("VERSION", 0));
    }

    void hearing(int councilId, String status, Date deadline, Date submittedOn) {
        ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("SUBJECT", "Høring"),
                new DBParam("STATUS", status), new DBParam("DEADLINE", deadline), new DBParam("SUBMITTED_ON", submittedOn),
                new DBParam("VERSION", 0));
    }

    void action(int councilId, Integer organisation, String status, Date createdAt, Date completedAt,
            Date dueDate) {
        ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("TITLE", "Opgave"),
                new DBParam("ORGANISATION_ID", organisation), new DBParam("STATUS", status),
                new DBParam("PERCENT_DONE", "DONE".equals(status) ? 100 : 0), new DBParam("CREATED_AT", createdAt),
                new DBParam("COMPLETED_AT", completedAt), new DBParam("DUE_DATE", dueDate), new DBParam("VERSION", 0));
    }
}
