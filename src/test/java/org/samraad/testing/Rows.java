package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import net.java.ao.DBParam;
import org.samraad.action.ActionItemEntity;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;

/**
 * Test data written straight to the tables, as the dev host's demo seed and bulk tests do: only the columns a
 * test names, so what it checks is what it set up. (Data that must pass the services' rules is made through them.)
 */
public final class Rows {
    private final ActiveObjects ao;

    public Rows(ActiveObjects ao) {
        this.ao = ao;
    }

    /** A social council in the space. */
    public int council(String spaceKey, String name) {
        return council(spaceKey, name, null);
    }

    /** A social council in the space, in that language (null: the space's). */
    public int council(String spaceKey, String name, String locale) {
        CouncilEntity council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey),
                new DBParam("NAME", name), new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0));
        if (locale != null) {
            council.setLocale(locale);
            council.save();
        }
        return council.getID();
    }

    /** A user organisation of the space. */
    public int organisation(String name, String spaceKey) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "USER_ORGANISATION"),
                new DBParam("SPACE_KEY", spaceKey), new DBParam("VERSION", 0)).getID();
    }

    /** A member in that role, with nothing else set until the test says so. */
    public MemberRow member(int councilId, String role) {
        return new MemberRow(ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("ROLE", role), new DBParam("VERSION", 0)));
    }

    /**
     * Records {@code userKey} as the council's serving secretary (no term limits): lifecycle steps and answers to
     * agenda requests are the secretariat's, so tests whose acting editor takes those steps appoint the editor.
     */
    public void secretary(int councilId, String userKey) {
        member(councilId, "SECRETARY").user(userKey).save();
    }

    /** An ordinary meeting starting then, to be completed by the caller (title, page...) and saved. */
    public MeetingEntity meeting(int councilId, String status, Instant startsAt) {
        return ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", status), new DBParam("STARTS_AT", Date.from(startsAt)),
                new DBParam("VERSION", 0));
    }

    /** Moves a meeting to a status, as its lifecycle would. */
    public void status(int meetingId, String status) {
        MeetingEntity row = ao.get(MeetingEntity.class, meetingId);
        row.setStatus(status);
        row.save();
    }

    /** An action created at {@code createdAt}, with the owner, organisation, due date and origin given (or null). */
    public int action(int councilId, String title, String ownerUserKey, String ownerName, Integer organisationId,
            LocalDate due, String status, Integer meetingId, Integer agendaItemId, Instant createdAt) {
        ActionItemEntity action = ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("TITLE", title), new DBParam("STATUS", status), new DBParam("PERCENT_DONE", 0),
                new DBParam("CREATED_AT", Date.from(createdAt)), new DBParam("VERSION", 0));
        action.setOwnerUserKey(ownerUserKey);
        action.setOwnerName(ownerName);
        action.setOrganisationId(organisationId);
        action.setDueDate(CalendarDays.toDate(due));
        action.setMeetingId(meetingId);
        action.setAgendaItemId(agendaItemId);
        action.save();
        return action.getID();
    }

    /** A member row being filled in; {@link #save} or {@link #id} writes it. */
    public static final class MemberRow {
        private final MemberEntity row;

        MemberRow(MemberEntity row) {
            this.row = row;
        }

        public MemberRow name(String name) {
            row.setName(name);
            return this;
        }

        public MemberRow user(String userKey) {
            row.setUserKey(userKey);
            return this;
        }

        public MemberRow consent(boolean consent) {
            row.setPublishConsent(consent);
            return this;
        }

        public MemberRow noConsent() {
            return consent(false);
        }

        public MemberRow seat(Integer seatId) {
            row.setSeatId(seatId);
            return this;
        }

        public MemberRow organisation(int organisationId) {
            row.setOrganisationId(organisationId);
            return this;
        }

        public MemberRow substituteFor(int memberId) {
            row.setSubstituteForId(memberId);
            return this;
        }

        public MemberRow term(LocalDate start, LocalDate end) {
            row.setTermStart(CalendarDays.toDate(start));
            row.setTermEnd(CalendarDays.toDate(end));
            return this;
        }

        public MemberRow email(String email) {
            row.setEmail(email);
            return this;
        }

        public MemberRow phone(String phone) {
            row.setPhone(phone);
            return this;
        }

        /** Anonymised then: no name any more. */
        public MemberRow anonymised(Instant at) {
            row.setName(null);
            row.setAnonymisedAt(Date.from(at));
            return this;
        }

        public MemberEntity save() {
            row.save();
            return row;
        }

        public int id() {
            return save().getID();
        }
    }
}
