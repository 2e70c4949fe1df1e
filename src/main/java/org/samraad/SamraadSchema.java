package org.samraad;

import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.action.ActionHistoryEntity;
import org.samraad.action.ActionItemEntity;
import org.samraad.budget.BudgetEntity;
import org.samraad.budget.BudgetLineEntity;
import org.samraad.budget.PerDiemLineEntity;
import org.samraad.budget.PerDiemListEntity;
import org.samraad.communication.DispatchEntity;
import org.samraad.meeting.GuestEntity;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.SeatEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.hearing.HearingEventEntity;
import org.samraad.involvement.InvolvementActorEntity;
import org.samraad.involvement.InvolvementEntity;
import org.samraad.involvement.InvolvementHistoryEntity;
import org.samraad.meeting.AgendaAttachmentEntity;
import org.samraad.meeting.AgendaDissenterEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaRequestEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MinutesPersonEntity;
import org.samraad.meeting.MinutesSnapshotEntity;
import org.samraad.plan.CalendarFeedEntity;
import org.samraad.plan.FinalReportEntity;
import org.samraad.plan.PlanEntryEntity;
import org.samraad.plan.PlanEntryStaffEntity;
import org.samraad.platform.sql.AoTableNames;

/** The Active Objects model: exactly the entities the descriptor's {@code <ao>} module lists. */
public final class SamraadSchema {

    /** The {@code <ao namespace>}; it names every table ({@code AO_2E1BAF_…}), so it never changes. */
    public static final String NAMESPACE = AoTableNames.NAMESPACE;

    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            OrganisationEntity.class,
            CouncilEntity.class,
            SeatEntity.class,
            MemberEntity.class,
            MeetingEntity.class,
            AgendaItemEntity.class,
            AgendaAttachmentEntity.class,
            AgendaDissenterEntity.class,
            AttendanceEntity.class,
            AgendaRequestEntity.class,
            MinutesSnapshotEntity.class,
            MinutesPersonEntity.class,
            ActionItemEntity.class,
            ActionHistoryEntity.class,
            HearingEntity.class,
            HearingEventEntity.class,
            PlanEntryEntity.class,
            PlanEntryStaffEntity.class,
            CalendarFeedEntity.class,
            GuestEntity.class,
            DispatchEntity.class,
            InvolvementEntity.class,
            InvolvementActorEntity.class,
            InvolvementHistoryEntity.class,
            BudgetEntity.class,
            BudgetLineEntity.class,
            PerDiemListEntity.class,
            PerDiemLineEntity.class,
            FinalReportEntity.class);

    private SamraadSchema() {
    }

    /** For {@code migrate(...)}, which takes varargs. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] entityArray() {
        return ENTITIES.toArray(new Class[0]);
    }
}
