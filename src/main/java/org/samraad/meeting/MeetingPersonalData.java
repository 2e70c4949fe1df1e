package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.EntityColumn;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReference;
import org.samraad.platform.I18n;
import org.samraad.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * Where meetings point at people: presenters, attendance, invited guests, requesters, dissenters, note-takers and who approved or
 * reopened the minutes, and the people approved minutes name ({@link MinutesPersonEntity}: erasing one rewrites the snapshot, see
 * {@link #forgetInMinutes}). Items, attendance and dissent belong to a council through their meeting.
 */
@Component
public class MeetingPersonalData implements PersonalDataHolder {
    /** Each person goes with the name copied beside the key. */
    private static final Consumer<AttendanceEntity> FORGET_ATTENDEE = a -> {
        a.setUserKey(null);
        a.setName(null);
    };
    private static final Consumer<AgendaRequestEntity> FORGET_REQUESTER = r -> {
        r.setRequesterUserKey(null);
        r.setRequesterName(null);
    };

    private final ActiveObjects ao;
    private final TimeSource time;
    private final I18n i18n;

    public MeetingPersonalData(@ComponentImport ActiveObjects ao, TimeSource time, I18n i18n) {
        this.ao = ao;
        this.time = time;
        this.i18n = i18n;
    }

    @Override
    public List<PersonalReference<?>> byUserKey() {
        return List.of(
                new PersonalReference<>(AgendaItemEntity.class, "PRESENTER_USER_KEY", i -> {
                    i.setPresenterUserKey(null);
                    i.setPresenterName(null);
                }),
                new PersonalReference<>(AttendanceEntity.class, "USER_KEY", FORGET_ATTENDEE),
                new PersonalReference<>(AgendaRequestEntity.class, "REQUESTER_USER_KEY", FORGET_REQUESTER),
                new PersonalReference<>(MeetingEntity.class, "MINUTES_APPROVED_BY", m -> m.setMinutesApprovedBy(null)),
                new PersonalReference<>(MeetingEntity.class, "MINUTES_REOPENED_BY", m -> m.setMinutesReopenedBy(null)),
                new PersonalReference<>(MinutesPersonEntity.class, "USER_KEY", this::forgetInMinutes));
    }

    @Override
    public List<PersonalReference<?>> byMemberId() {
        return List.of(
                new PersonalReference<>(AgendaRequestEntity.class, "MEMBER_ID", FORGET_REQUESTER),
                new PersonalReference<>(AttendanceEntity.class, "MEMBER_ID", FORGET_ATTENDEE),
                // copies nothing of the person: once the member row is anonymised the dissent reads "former member"
                new PersonalReference<>(AgendaDissenterEntity.class, "MEMBER_ID", d -> { }),
                // the note-taker likewise: the meeting keeps pointing at the anonymised row, read as "former member"
                new PersonalReference<>(MeetingEntity.class, "NOTE_TAKER_MEMBER_ID", m -> { }),
                new PersonalReference<>(MinutesPersonEntity.class, "MEMBER_ID", this::forgetInMinutes));
    }

    @Override
    public List<EntityColumn> byName() {
        return List.of(new EntityColumn(AgendaItemEntity.class, "PRESENTER_NAME"),
                new EntityColumn(AttendanceEntity.class, "NAME"),
                new EntityColumn(AgendaRequestEntity.class, "REQUESTER_NAME"),
                new EntityColumn(GuestEntity.class, "NAME"));
    }

    @Override
    public List<EntityColumn> byEmail() {
        return List.of(new EntityColumn(GuestEntity.class, "EMAIL"));
    }

    /**
     * A guest row is nothing but the person (name, organisation, address, consent), so an erased person's guest rows
     * go, found by name or by address (addresses compare without case); approved minutes that named them keep the
     * guest as their organisation's representative, the name blacked out of their free texts as a member's is
     * ({@link #forgetInMinutes}); the dispatch log then reads "unknown" for them, as it does for an anonymised
     * member. Addresses are compared here rather than in SQL (whose case folding differs between databases);
     * erasure is rare.
     */
    @Override
    public int forget(String person) {
        GuestEntity[] guests = Arrays.stream(ao.find(GuestEntity.class, Query.select()
                        .where("NAME = ? OR EMAIL IS NOT NULL", person)))
                .filter(g -> person.equals(g.getName()) || person.equalsIgnoreCase(g.getEmail()))
                .toArray(GuestEntity[]::new);
        for (GuestEntity guest : guests) {
            for (MinutesPersonEntity mention : ao.find(MinutesPersonEntity.class,
                    Query.select().where("GUEST_ID = ?", guest.getID()))) {
                forgetInMinutes(mention);
                mention.save();
            }
        }
        ao.delete(guests);
        return guests.length;
    }

    @Override
    public String councilScope(Class<? extends RawEntity<?>> type) {
        if (type == AgendaItemEntity.class || type == AttendanceEntity.class || type == GuestEntity.class) {
            return "x.\"MEETING_ID\" IN (SELECT p.\"ID\" FROM " + table(MeetingEntity.class)
                    + " p WHERE p.\"COUNCIL_ID\" IN (%s))";
        }
        if (type == MinutesPersonEntity.class) {
            return "x.\"SNAPSHOT_ID\" IN (SELECT s.\"ID\" FROM " + table(MinutesSnapshotEntity.class) + " s JOIN "
                    + table(MeetingEntity.class) + " p ON p.\"ID\" = s.\"MEETING_ID\" WHERE p.\"COUNCIL_ID\" IN (%s))";
        }
        if (type == AgendaDissenterEntity.class) {
            return "x.\"AGENDA_ITEM_ID\" IN (SELECT i.\"ID\" FROM " + table(AgendaItemEntity.class) + " i JOIN "
                    + table(MeetingEntity.class) + " p ON p.\"ID\" = i.\"MEETING_ID\" WHERE p.\"COUNCIL_ID\" IN (%s))";
        }
        return null;
    }

    /**
     * A person named in approved minutes, or their approver: taken out of that snapshot as live rows are after an
     * erasure ({@link FrozenMinutes#without}), the snapshot noting when; the mention itself is cleared (and saved by
     * the eraser). Inside the erasure's transaction. The export lists these mentions, never a snapshot's content
     * (which names other people too).
     */
    private void forgetInMinutes(MinutesPersonEntity mention) {
        MinutesSnapshotEntity snapshot = ao.get(MinutesSnapshotEntity.class, mention.getSnapshotId());
        if (snapshot != null) {
            Instant now = time.now();
            FrozenMinutes approved = FrozenMinutes.parse(snapshot.getContent());
            // the record's own words: "former member" in the council's language, wherever the name was typed
            String former = i18n.text(councilLocale(snapshot.getMeetingId()), "samraad.member.former");
            FrozenMinutes erased = mention.getGuestId() != null
                    ? approved.withoutGuest(mention.getGuestId()).withNamesReplaced(
                            approved.namesOfGuest(mention.getGuestId()),
                            i18n.text(councilLocale(snapshot.getMeetingId()), "samraad.attendance.guest-erased"))
                    : approved.without(mention.getUserKey(), mention.getMemberId(), now)
                            .withNamesReplaced(approved.namesOf(mention.getUserKey(), mention.getMemberId()), former);
            snapshot.setContent(erased.json());
            snapshot.setErasedAt(Date.from(now));
            snapshot.save();
        }
        mention.setUserKey(null);
        mention.setMemberId(null);
        mention.setGuestId(null);
    }

    private Locale councilLocale(int meetingId) {
        MeetingEntity meeting = ao.get(MeetingEntity.class, meetingId);
        CouncilEntity council = meeting == null ? null : ao.get(CouncilEntity.class, meeting.getCouncilId());
        return Locale.forLanguageTag(council == null || council.getLocale() == null ? Council.DEFAULT_LOCALE
                : council.getLocale());
    }

}
