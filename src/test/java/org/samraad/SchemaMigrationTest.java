package org.samraad;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.Unique;
import org.junit.Test;
import org.samraad.action.ActionItemEntity;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.SampleRows;
import org.samraad.testing.TestDatabase;

/** Every entity migrates on the selected database ({@code -Ddb=hsql|postgres|mysql}) and every column round-trips. */
public class SchemaMigrationTest extends AoTestSupport {
    private static final String DANISH = SampleRows.DANISH;
    private static final String SWEDISH = SampleRows.SWEDISH;
    private static final Date WHEN = SampleRows.WHEN;

    @Test
    public void everyEntityHasATableOnTheSelectedDatabase() {
        assertEquals(TestDatabase.isPostgres() ? "POSTGRESQL" : TestDatabase.isMySql() ? "MYSQL" : "HSQL",
                ao.moduleMetaData().getDatabaseType().name());
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            assertTrue(entity.getSimpleName(), ao.moduleMetaData().isTablePresent(entity));
        }
    }

    @Test
    public void everyColumnOfEveryEntityRoundTripsAtItsFullLength() throws Exception {
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            Entity created = (Entity) ao.create(rawType(entity), fullRow(entity));
            ao.flushAll();

            // a fresh proxy from a fresh SELECT: nothing comes from the creating proxy's memory
            Entity read = (Entity) ao.find(rawType(entity), "ID = ?", created.getID())[0];
            for (Method getter : getters(entity)) {
                assertEquals(entity.getSimpleName() + "." + getter.getName(),
                        normalise(SampleRows.sample(getter)), normalise(getter.invoke(read)));
            }
        }
    }

    @Test
    public void readingEveryColumnOfManyBulkInsertedRowsCostsOneStatementPerEntity() throws Exception {
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                rows.add(distinctInUniqueColumns(fullRow(entity), entity, i));
            }
            ao.create(rawType(entity), rows);

            int statements = sql.count(() -> {
                for (Object read : ao.find(rawType(entity))) {
                    for (Method getter : getters(entity)) {
                        getter.invoke(read);
                    }
                }
            });
            assertEquals(entity.getSimpleName() + " must be @Preload, so mapping rows never lazy-loads", 1, statements);
        }
    }

    /** A unique column (a dispatch's key) takes each sample once: the rows' values differ in their first digit. */
    private Map<String, Object> distinctInUniqueColumns(Map<String, Object> row, Class<? extends RawEntity<?>> entity,
            int i) {
        Map<String, Object> distinct = new HashMap<>(row);
        for (Method getter : getters(entity)) {
            if (getter.isAnnotationPresent(Unique.class)) {
                String column = entityManager.getFieldNameConverter().getName(getter);
                distinct.put(column, i + ((String) row.get(column)).substring(1));
            }
        }
        return distinct;
    }

    @Test
    public void aTenThousandCharacterCasePresentationRoundTripsWithDanishAndSwedishLetters() {
        String casePresentation = SampleRows.repeat(DANISH + SWEDISH, 10_000);
        CouncilEntity council = ao.create(CouncilEntity.class,
                new DBParam("SPACE_KEY", "UDSAT"), new DBParam("NAME", "Udsatterådet i Årslev"),
                new DBParam("KIND", "SOCIAL_COUNCIL"));
        MeetingEntity meeting = ao.create(MeetingEntity.class,
                new DBParam("COUNCIL_ID", council.getID()), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", "PLANNED"), new DBParam("STARTS_AT", WHEN),
                new DBParam("TITLE", "Ordinært møde – 2. kvartal"), new DBParam("PLACE", "Rådhuset, mødelokale Ærø"));
        ao.create(AgendaItemEntity.class,
                new DBParam("MEETING_ID", meeting.getID()), new DBParam("KIND", "DECISION"),
                new DBParam("TITLE", "Høringssvar: hjemløsestrategi 2026–2029"),
                new DBParam("CASE_PRESENTATION", casePresentation),
                new DBParam("EASY_READ", "Rådet siger ja. Alle skal have et sted at bo."));
        ao.flushAll();

        AgendaItemEntity[] items = ao.find(AgendaItemEntity.class,
                Query.select().where("MEETING_ID = ?", meeting.getID()).order("SORT_ORDER"));
        assertEquals(1, items.length);
        assertEquals(10_000, items[0].getCasePresentation().length());
        assertEquals(casePresentation, items[0].getCasePresentation());
        assertEquals("Høringssvar: hjemløsestrategi 2026–2029", items[0].getTitle());
        assertEquals("Rådhuset, mødelokale Ærø",
                ao.find(MeetingEntity.class, "COUNCIL_ID = ?", council.getID())[0].getPlace());
    }

    @Test
    public void peopleWithoutAccountsAndOrganisationsAreFoundByTheirLookupColumns() {
        OrganisationEntity org = ao.create(OrganisationEntity.class,
                new DBParam("NAME", "Brukarföreningen Öster"), new DBParam("KIND", "USER_ORGANISATION"),
                new DBParam("OFFERS", "Stödsamtal, matutdelning och råd om boende för personer i hemlöshet."));
        MemberEntity member = ao.create(MemberEntity.class,
                new DBParam("COUNCIL_ID", 7), new DBParam("ROLE", "MEMBER"), new DBParam("NAME", "Åse Ærlig-Østergård"),
                new DBParam("ORGANISATION_ID", org.getID()), new DBParam("TERM_END", WHEN));
        ao.create(ActionItemEntity.class,
                new DBParam("COUNCIL_ID", 7), new DBParam("TITLE", "Ta fram lättläst folder om härbärget"),
                new DBParam("STATUS", "OPEN"), new DBParam("CREATED_AT", WHEN), new DBParam("DUE_DATE", WHEN),
                new DBParam("ORGANISATION_ID", org.getID()), new DBParam("OWNER_MEMBER_ID", member.getID()));
        ao.flushAll();

        assertEquals("Åse Ærlig-Østergård", ao.find(MemberEntity.class,
                Query.select().where("ORGANISATION_ID = ? AND TERM_END <= ?", org.getID(), WHEN))[0].getName());
        ActionItemEntity action = ao.find(ActionItemEntity.class,
                Query.select().where("ORGANISATION_ID = ? AND STATUS = ?", org.getID(), "OPEN"))[0];
        assertEquals("Ta fram lättläst folder om härbärget", action.getTitle());
        assertEquals(Integer.valueOf(member.getID()), action.getOwnerMemberId());
    }

    @Test
    public void unsetOptionalReferencesReadBackAsNullNotZero() {
        HearingEntity hearing = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", 3),
                new DBParam("SUBJECT", "Remiss: Socialtjänstens plan för hemlöshet"), new DBParam("STATUS", "RECEIVED"));
        ao.flushAll();

        HearingEntity read = ao.get(HearingEntity.class, hearing.getID());
        assertNull(read.getPageId());
        assertNull(read.getAgendaItemId());
        assertNull(read.getDeadline());
        assertEquals(0, read.getVersion());
    }

    @Test
    public void aRowWithoutItsRequiredParentIsRefusedAlthoughTheColumnDefaultsToZero() {
        // AO gives primitive int columns DEFAULT 0 in the DDL; only its own @NotNull check stops an orphan.
        try {
            ao.create(MeetingEntity.class, new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", "PLANNED"),
                    new DBParam("STARTS_AT", WHEN));
            fail("a meeting without a council was created");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("COUNCIL_ID"));
        }
    }

    /** ao.create/find are generic in the entity's key type, which a Class<? extends RawEntity<?>> cannot name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class rawType(Class<? extends RawEntity<?>> entity) {
        return entity;
    }

    private Iterable<Method> getters(Class<? extends RawEntity<?>> entity) {
        return SampleRows.getters(entityManager, entity);
    }

    private Map<String, Object> fullRow(Class<? extends RawEntity<?>> entity) {
        return SampleRows.fullRow(entityManager, entity);
    }

    private static Object normalise(Object value) {
        return value instanceof Date ? ((Date) value).getTime() : value;
    }

}
