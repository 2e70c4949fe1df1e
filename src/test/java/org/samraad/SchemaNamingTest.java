package org.samraad;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Common;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.SchemaGenerator;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.ddl.DDLField;
import net.java.ao.schema.ddl.DDLIndex;
import net.java.ao.schema.ddl.DDLTable;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.samraad.testing.AtlassianNaming;

/**
 * The schema rules of Confluence's Active Objects, checked on AO's own parse of every entity with the production
 * name converters: identifiers fit Oracle's 30 characters, strings are ≤ 450 or UNLIMITED, lookups are indexed.
 * A database is only needed for AO's type mapping; nothing is created in it.
 */
public class SchemaNamingTest {
    private static final int MAX_IDENTIFIER = 30;

    /** Reserved in at least one database Confluence supports (AO's own Oracle list first); quoting is not relied on. */
    private static final Set<String> RESERVED = new HashSet<>(Arrays.asList(
            "BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2",
            "ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AUDIT", "BETWEEN", "BY", "CHAR", "CHECK",
            "CLUSTER", "COLUMN", "COMMENT", "COMPRESS", "CONNECT", "CREATE", "CURRENT", "DATE", "DECIMAL", "DEFAULT",
            "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "EXCLUSIVE", "EXISTS", "FILE", "FLOAT", "FOR", "FROM",
            "GRANT", "GROUP", "HAVING", "IDENTIFIED", "IMMEDIATE", "IN", "INCREMENT", "INDEX", "INITIAL", "INSERT",
            "INTEGER", "INTERSECT", "INTO", "IS", "LEVEL", "LIKE", "LOCK", "LONG", "MAXEXTENTS", "MINUS", "MODE",
            "MODIFY", "NOT", "NULL", "OF", "OFFLINE", "ON", "ONLINE", "OPTION", "OR", "ORDER", "PCTFREE", "PRIOR",
            "PRIVILEGES", "PUBLIC", "RAW", "RENAME", "RESOURCE", "REVOKE", "ROW", "ROWNUM", "ROWS", "SELECT",
            "SESSION", "SET", "SHARE", "SIZE", "SMALLINT", "START", "SYNONYM", "SYSDATE", "TABLE", "THEN", "TO",
            "TRIGGER", "UID", "UNION", "UNIQUE", "UPDATE", "USER", "VALIDATE", "VALUES", "VARCHAR", "VIEW",
            "WHENEVER", "WHERE", "WITH",
            "CASE", "CAST", "CHANGE", "CONDITION", "DAY", "END", "FOREIGN", "HOUR", "INTERVAL", "KEY", "KEYS",
            "LIMIT", "MINUTE", "MONTH", "OFFSET", "OVER", "PARTITION", "POSITION", "PRIMARY", "RANGE", "RANK",
            "READ", "REFERENCES", "SECOND", "TEXT", "TIME", "USAGE", "VALUE", "WHEN", "WINDOW", "WRITE", "YEAR",
            "BOOLEAN", "BIT", "INT", "DOUBLE", "REAL", "NUMERIC", "BEGIN", "COMMIT", "ROLLBACK", "TRANSACTION"));

    /** What users edit concurrently: a stale write must be detectable (HTTP 409). */
    private static final List<String> VERSIONED = List.of("OrganisationEntity", "CouncilEntity", "SeatEntity",
            "MemberEntity", "MeetingEntity", "AgendaItemEntity", "AttendanceEntity", "ActionItemEntity",
            "HearingEntity", "PlanEntryEntity", "InvolvementEntity", "InvolvementActorEntity");

    /** Special-category and identifying data the product must not be able to store. */
    private static final List<String> FORBIDDEN_COLUMN_WORDS = List.of("CPR", "SSN", "PERSONNUMMER", "DIAGNOS",
            "GENDER", "SEX", "BIRTH", "HEALTH", "ETHNIC", "RELIGION");

    private static final Set<Class<?>> COLUMN_TYPES = Set.of(String.class, int.class, Integer.class, long.class,
            Long.class, boolean.class, Date.class);

    private static EntityManager parserDatabase;
    private static NameConverters converters;

    @BeforeClass
    public static void openParser() {
        converters = AtlassianNaming.nameConverters();
        parserDatabase = AtlassianNaming.apply(EntityManagerBuilder.url("jdbc:hsqldb:mem:samraad_naming")
                .username("sa").password("").schema("PUBLIC").auto()).build();
    }

    @AfterClass
    public static void closeParser() {
        parserDatabase.getProvider().dispose();
    }

    @Test
    public void theTablePrefixIsDerivedFromTheNamespaceAsTheActiveObjectsPluginDoesIt() {
        assertEquals("org.samraad", SamraadSchema.NAMESPACE);
        // MD5("org.samraad") = 89d303b1d75fe32c36c79cf4462e1baf
        assertEquals("AO_2E1BAF", AtlassianNaming.TABLE_PREFIX);
    }

    @Test
    public void everyEntityIsListedOnceAndStaysWithinThePluginLimitOfFifty() {
        assertEquals(SamraadSchema.ENTITIES.size(), new HashSet<>(SamraadSchema.ENTITIES).size());
        assertTrue(SamraadSchema.ENTITIES.size() <= 50);
    }

    @Test
    public void everyEntityNamesItsTableExplicitlyInTwentyCharactersOrLess() {
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            Table table = entity.getAnnotation(Table.class);
            assertTrue(entity.getSimpleName() + " needs @Table so the class can be renamed", table != null);
            String tableName = table(entity).getName();
            assertTrue(tableName, tableName.startsWith(AtlassianNaming.TABLE_PREFIX + "_"));
            assertTrue(tableName, tableName.length() - (AtlassianNaming.TABLE_PREFIX.length() + 1) <= 20);
        }
    }

    @Test
    public void everyTableColumnAndIndexNameFitsThirtyCharacters() {
        List<String> tooLong = new ArrayList<>();
        for (String name : allIdentifiers()) {
            if (name.length() > MAX_IDENTIFIER) {
                tooLong.add(name + " (" + name.length() + ")");
            }
        }
        assertEquals("identifiers over " + MAX_IDENTIFIER + " characters", List.of(), tooLong);
    }

    @Test
    public void indexNamesAreUniqueAcrossTheSchemaEvenAfterShortening() {
        Set<String> seen = new HashSet<>();
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            for (DDLIndex index : table(entity).getIndexes()) {
                assertTrue("duplicate index name " + index.getIndexName(),
                        seen.add(index.getIndexName().toUpperCase(Locale.ROOT)));
            }
        }
    }

    @Test
    public void noColumnNameIsAReservedWord() {
        Set<String> clashes = new TreeSet<>();
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            for (DDLField field : table(entity).getFields()) {
                if (RESERVED.contains(field.getName().toUpperCase(Locale.ROOT))) {
                    clashes.add(entity.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(Set.of(), clashes);
    }

    @Test
    public void stringLengthsAreAtMost450OrUnlimitedNeverInBetween() {
        for (Method getter : allGetters()) {
            StringLength length = annotation(getter, StringLength.class);
            if (length != null) {
                int n = length.value();
                assertTrue(name(getter) + " has @StringLength(" + n + ")",
                        n == StringLength.UNLIMITED || (n > 0 && n <= StringLength.MAX_LENGTH));
            }
        }
    }

    @Test
    public void unlimitedColumnsAreNeverIndexed() {
        for (Method getter : allGetters()) {
            StringLength length = annotation(getter, StringLength.class);
            if (length != null && length.value() == StringLength.UNLIMITED) {
                assertTrue(name(getter) + " is UNLIMITED and indexed", !isIndexed(getter));
            }
        }
    }

    @Test
    public void everyIdReferenceIsIndexed() {
        for (Method getter : allGetters()) {
            if (getter.getName().endsWith("Id") && !getter.getName().equals("getID")) {
                assertTrue(name(getter) + " is a lookup column and needs @Indexed", isIndexed(getter));
            }
        }
    }

    @Test
    public void columnsArePlainValuesNeverEnumsOrEntityRelations() {
        for (Method getter : allGetters()) {
            assertTrue(name(getter) + " returns " + getter.getReturnType().getName(),
                    COLUMN_TYPES.contains(getter.getReturnType()));
        }
    }

    @Test
    public void everyConcurrentlyEditedEntityHasAVersionColumn() {
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            if (VERSIONED.contains(entity.getSimpleName())) {
                assertTrue(entity.getSimpleName() + " needs int getVersion()", columns(entity).contains("VERSION"));
            }
        }
    }

    @Test
    public void noColumnCanHoldHealthIdentityOrOtherSpecialCategoryData() {
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            for (String column : columns(entity)) {
                for (String word : FORBIDDEN_COLUMN_WORDS) {
                    assertTrue(entity.getSimpleName() + "." + column, !column.contains(word));
                }
            }
        }
    }

    private static DDLTable table(Class<? extends RawEntity<?>> entity) {
        return SchemaGenerator.parseInterface(parserDatabase.getProvider(), converters, entity);
    }

    private static Set<String> columns(Class<? extends RawEntity<?>> entity) {
        Set<String> names = new TreeSet<>();
        for (DDLField field : table(entity).getFields()) {
            names.add(field.getName().toUpperCase(Locale.ROOT));
        }
        return names;
    }

    private static List<String> allIdentifiers() {
        List<String> names = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            DDLTable table = table(entity);
            names.add(table.getName());
            for (DDLField field : table.getFields()) {
                names.add(field.getName());
                if (field.isAutoIncrement()) {
                    // Oracle emulates auto-increment with a sequence and a trigger; they must fit too.
                    names.add(converters.getSequenceNameConverter().getName(table.getName(), field.getName()));
                    names.add(converters.getTriggerNameConverter().autoIncrementName(table.getName(), field.getName()));
                }
            }
            for (DDLIndex index : table.getIndexes()) {
                names.add(index.getIndexName());
            }
        }
        return names;
    }

    /** Getters that map to columns, with the annotations AO merges from getter and setter. */
    private static List<Method> allGetters() {
        FieldNameConverter fields = converters.getFieldNameConverter();
        List<Method> getters = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            for (Method method : Common.getValueFieldsMethods(entity, fields)) {
                if (Common.isAccessor(method)) {
                    getters.add(method);
                }
            }
        }
        return getters;
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(Method getter, Class<A> type) {
        return Common.getAnnotationDelegate(converters.getFieldNameConverter(), getter).getAnnotation(type);
    }

    private static boolean isIndexed(Method getter) {
        if (annotation(getter, Indexed.class) != null) {
            return true;
        }
        Indexes composite = getter.getDeclaringClass().getAnnotation(Indexes.class);
        return composite != null && Arrays.stream(composite.value())
                .anyMatch((Index index) -> Arrays.asList(index.methodNames()).contains(getter.getName()));
    }

    private static String name(Method getter) {
        return getter.getDeclaringClass().getSimpleName() + "." + getter.getName();
    }
}
