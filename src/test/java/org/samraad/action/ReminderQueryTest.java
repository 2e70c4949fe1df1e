package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.AoTransactionalExecutors;

/** The reminder candidates as the query reads them from a real database, column by column. */
public class ReminderQueryTest extends AoTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    public void aCandidateWithoutAnOrganisationHasNoOrganisationIdNotZero() {
        int council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"),
                new DBParam("ACTION_REMINDER_DAYS", 3), new DBParam("VERSION", 0)).getID();
        int organisation = ao.create(OrganisationEntity.class, new DBParam("NAME", "Røde Kors"),
                new DBParam("KIND", "VOLUNTARY_ORGANISATION"), new DBParam("SPACE_KEY", "UDS"),
                new DBParam("VERSION", 0)).getID();
        int withOrganisation = action(council, "Med organisation", organisation);
        int without = action(council, "Uden organisation", null);
        ReminderQuery query = new ReminderQuery(new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record)),
                new AoTransactionalExecutors(entityManager, sql::record));

        Map<Integer, ReminderCandidate> candidates = query.candidates(TODAY).stream()
                .collect(Collectors.toMap(ReminderCandidate::actionId, c -> c));

        assertEquals(Integer.valueOf(organisation), candidates.get(withOrganisation).organisationId());
        assertNull(candidates.get(without).organisationId());
        assertEquals(3, candidates.get(without).reminderDays());
    }

    private int action(int council, String title, Integer organisation) {
        ActionItemEntity row = ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", council),
                new DBParam("TITLE", title), new DBParam("STATUS", "OPEN"), new DBParam("PERCENT_DONE", 0),
                new DBParam("CREATED_AT", Date.from(Instant.parse("2026-11-01T08:00:00Z"))), new DBParam("VERSION", 0));
        row.setOrganisationId(organisation);
        row.setDueDate(CalendarDays.toDate(TODAY));
        row.save();
        return row.getID();
    }
}
