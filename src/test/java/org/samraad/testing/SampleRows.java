package org.samraad.testing;

import java.lang.reflect.Method;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Common;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.schema.StringLength;

/** A row with every column of an entity filled to its full length with æøå/åäö text, for schema-wide tests. */
public final class SampleRows {
    public static final String DANISH = "Udsatterådet drøftede bostøtte, væresteder og sundhedsrum på Østerbro. ";
    public static final String SWEDISH = "Utvecklingsgruppen följde upp åtgärder för härbärget i Göteborg. ";
    /** Whole seconds: not every database keeps milliseconds. */
    public static final Date WHEN = new Date(1_781_000_000_000L);
    public static final long BEYOND_INT = 9_000_000_001L;

    private SampleRows() {}

    /** The value accessors of an entity (not getID), in name order. */
    public static List<Method> getters(EntityManager entityManager, Class<? extends RawEntity<?>> entity) {
        return Common.getValueFieldsMethods(entity, entityManager.getFieldNameConverter()).stream()
                .filter(Common::isAccessor)
                .filter(m -> !m.getName().equals("getID"))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    /** Column name → sample value, for {@code ao.create(type, row)}. */
    public static Map<String, Object> fullRow(EntityManager entityManager, Class<? extends RawEntity<?>> entity) {
        Map<String, Object> row = new HashMap<>();
        for (Method getter : getters(entityManager, entity)) {
            row.put(entityManager.getFieldNameConverter().getName(getter), sample(getter));
        }
        return row;
    }

    /** The longest value each column takes: 255, 450 or 10 000 characters of æøå/åäö text. */
    public static Object sample(Method getter) {
        Class<?> type = getter.getReturnType();
        if (type == String.class) {
            StringLength length = getter.getAnnotation(StringLength.class);
            int n = length == null ? 255 : length.value() == StringLength.UNLIMITED ? 10_000 : length.value();
            return repeat(getter.getName() + ": " + DANISH + SWEDISH, n);
        }
        if (type == int.class || type == Integer.class) {
            return 42;
        }
        if (type == long.class || type == Long.class) {
            return BEYOND_INT;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == Date.class) {
            return WHEN;
        }
        throw new IllegalArgumentException(getter.toString());
    }

    public static String repeat(String text, int length) {
        return text.repeat(length / text.length() + 1).substring(0, length);
    }
}
