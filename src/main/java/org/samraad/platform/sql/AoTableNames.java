package org.samraad.platform.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;

/**
 * The physical names Active Objects gives our tables and columns, for the few aggregate reads that AO's entity
 * API cannot express in one statement. Mirrors the Atlassian converters (AoTableNamesTest pins them together):
 * table = AO_ + last six hex digits of MD5(namespace) + _ + UPPER_SNAKE(@Table), column = UPPER_SNAKE(property).
 */
public final class AoTableNames {
    /** The {@code <ao namespace>}; it names every table ({@code AO_2E1BAF_…}), so it never changes. */
    public static final String NAMESPACE = "org.samraad";
    private static final String PREFIX = "AO_" + lastSixHex(NAMESPACE) + "_";
    private static final Pattern WORD_START = Pattern.compile("([a-z\\d])([A-Z])");
    private static final Pattern ACRONYM_END = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    /** The names asked for so far: the same few, on every query a page builds. */
    private static final Map<String, String> COLUMNS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, String> TABLES = new ConcurrentHashMap<>();

    private AoTableNames() {}

    public static String prefix() {
        return PREFIX;
    }

    /** The quoted table name, e.g. "AO_3F8C1A_MEMBER". */
    public static String table(Class<? extends RawEntity<?>> entity) {
        return TABLES.computeIfAbsent(entity, type -> {
            Table table = type.getAnnotation(Table.class);
            if (table == null) {
                throw new IllegalArgumentException(type.getName() + " has no @Table");
            }
            return quote(PREFIX + upperSnake(table.value()));
        });
    }

    /** The quoted column for a property name as in the getter without "get": "CouncilId" → "COUNCIL_ID". */
    public static String column(String property) {
        return COLUMNS.computeIfAbsent(property, name -> quote(upperSnake(name)));
    }

    static String upperSnake(String camel) {
        String words = WORD_START.matcher(camel).replaceAll("$1_$2");
        return ACRONYM_END.matcher(words).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
    }

    /** Standard SQL's quotes; {@link SqlStatements} turns them into the database's own (MySQL's backtick). */
    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    private static String lastSixHex(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().withUpperCase().formatHex(digest);
            return hex.substring(hex.length() - 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JDK", e);
        }
    }
}
