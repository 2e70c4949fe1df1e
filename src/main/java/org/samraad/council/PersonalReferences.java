package org.samraad.council;

import java.util.List;
import java.util.function.Consumer;
import net.java.ao.Entity;
import org.samraad.action.ActionHistoryEntity;
import org.samraad.action.ActionItemEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.hearing.HearingEventEntity;
import org.samraad.meeting.AgendaDissenterEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaRequestEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.plan.CalendarFeedEntity;

/**
 * The inventory of every place outside the member row where the plugin can point at a person, and how to
 * clear it. Erasure walks this list; PersonalReferencesTest fails when a new user-key column is not in it,
 * so "erase this person everywhere" stays true as the model grows. Rows stay (history needs them); only
 * the pointer to the person goes, and the row then reads "former member".
 */
final class PersonalReferences {
    /** A column pointing at a person, and what to clear on a row that matches. */
    record Reference<T extends Entity>(Class<T> type, String column, Consumer<T> clear) {}

    /** Columns holding a Confluence user key. */
    static final List<Reference<?>> BY_USER_KEY = List.of(
            new Reference<>(OrganisationEntity.class, "CONTACT_USER_KEY", o -> o.setContactUserKey(null)),
            new Reference<>(AgendaItemEntity.class, "PRESENTER_USER_KEY", i -> {
                i.setPresenterUserKey(null);
                i.setPresenterName(null);
            }),
            new Reference<>(AttendanceEntity.class, "USER_KEY", a -> {
                a.setUserKey(null);
                a.setName(null);
            }),
            new Reference<>(AgendaRequestEntity.class, "REQUESTER_USER_KEY", r -> {
                r.setRequesterUserKey(null);
                r.setRequesterName(null);
            }),
            new Reference<>(ActionItemEntity.class, "OWNER_USER_KEY", a -> {
                a.setOwnerUserKey(null);
                a.setOwnerName(null);
            }),
            new Reference<>(ActionItemEntity.class, "CREATED_BY", a -> a.setCreatedBy(null)),
            new Reference<>(ActionHistoryEntity.class, "CHANGED_BY", h -> h.setChangedBy(null)),
            new Reference<>(HearingEntity.class, "RESPONSIBLE_USER_KEY", h -> {
                h.setResponsibleUserKey(null);
                h.setResponsibleName(null);
            }),
            new Reference<>(HearingEventEntity.class, "USER_KEY", e -> e.setUserKey(null)),
            new Reference<>(MeetingEntity.class, "MINUTES_APPROVED_BY", m -> m.setMinutesApprovedBy(null)),
            new Reference<>(MeetingEntity.class, "MINUTES_REOPENED_BY", m -> m.setMinutesReopenedBy(null)),
            // a feed without its user serves nothing (see CalendarFeedService), so clearing the key revokes it
            new Reference<>(CalendarFeedEntity.class, "USER_KEY", f -> f.setUserKey(null)));

    /** Columns holding a member id, on rows that also copy the person's name or key. */
    static final List<Reference<?>> BY_MEMBER_ID = List.of(
            new Reference<>(ActionItemEntity.class, "OWNER_MEMBER_ID", a -> {
                a.setOwnerUserKey(null);
                a.setOwnerName(null);
            }),
            new Reference<>(AgendaRequestEntity.class, "MEMBER_ID", r -> {
                r.setRequesterUserKey(null);
                r.setRequesterName(null);
            }),
            new Reference<>(AttendanceEntity.class, "MEMBER_ID", a -> {
                a.setUserKey(null);
                a.setName(null);
            }),
            // copies nothing of the person: once the member row is anonymised the dissent reads "former member"
            new Reference<>(AgendaDissenterEntity.class, "MEMBER_ID", d -> { }));

    private PersonalReferences() {}
}
