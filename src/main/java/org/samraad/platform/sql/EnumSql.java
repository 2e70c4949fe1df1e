package org.samraad.platform.sql;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Enum constants written into SQL, derived from the enum and its own rule (an action still to do, a hearing still
 * open, a role that fills a seat), so that a status added to an enum cannot be forgotten in a hand-written list,
 * and an allow list and an exclusion list of the same thing cannot drift apart. The constants are stored by name
 * ({@link Enum#name()}), which is a Java identifier: it needs no escaping inside a string literal.
 */
public final class EnumSql {
    private EnumSql() {}

    /** The SQL string literal of one constant: {@code 'CANCELLED'}. */
    public static String literal(Enum<?> constant) {
        return "'" + constant.name() + "'";
    }

    /**
     * The parenthesised list for {@code IN} of the constants of {@code type} that {@code which} accepts, in
     * declaration order: {@code ('OPEN', 'IN_PROGRESS')}.
     */
    public static <E extends Enum<E>> String inList(Class<E> type, Predicate<? super E> which) {
        String list = Arrays.stream(type.getEnumConstants()).filter(which).map(EnumSql::literal)
                .collect(Collectors.joining(", "));
        if (list.isEmpty()) {
            throw new IllegalArgumentException("No constant of " + type.getSimpleName() + " is listed");
        }
        return "(" + list + ")";
    }

    /** The declaration order of the constant in {@code column}, for ORDER BY: {@code CASE x WHEN 'OPEN' THEN 0 … END}. */
    public static <E extends Enum<E>> String ordinal(String column, Class<E> type) {
        StringBuilder rank = new StringBuilder("CASE ").append(column);
        for (E constant : type.getEnumConstants()) {
            rank.append(" WHEN ").append(literal(constant)).append(" THEN ").append(constant.ordinal());
        }
        return rank.append(" END").toString();
    }
}
