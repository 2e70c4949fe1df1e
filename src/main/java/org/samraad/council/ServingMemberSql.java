package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.EnumSql;

/**
 * The one SQL form of "a member serving on a day" ({@link MemberRow#isServing} in Java): a member row that is not
 * anonymised and whose term has begun and not ended on the day, an open start or end running without limit
 * ({@link Term#contains}). The day is the council's ({@link CouncilZone#today}), stored as {@link CalendarDays}
 * store days.
 */
public final class ServingMemberSql {
    private ServingMemberSql() {}

    /**
     * A scalar SQL expression: how many member rows of the council the user bound to its first {@code ?} serves in
     * on the day bound to the next two, in a role {@code roles} accepts (0 for the empty key that stands for an
     * anonymous caller). Bind {@link #parameters} at its place.
     *
     * @param alias the member table's alias in the subquery, unique within the statement
     * @param councilId the (qualified) column of the council the subquery looks at
     */
    public static String countOf(String alias, String councilId, Predicate<MemberRole> roles) {
        String m = alias + ".";
        return "(SELECT COUNT(*) FROM " + table(MemberEntity.class) + " " + alias + " WHERE " + m + column("CouncilId")
                + " = " + councilId + " AND " + m + column("UserKey") + " = ? AND " + m + column("Role") + " IN "
                + EnumSql.inList(MemberRole.class, roles) + " AND " + m + column("AnonymisedAt") + " IS NULL AND ("
                + m + column("TermStart") + " IS NULL OR " + m + column("TermStart") + " <= ?) AND (" + m
                + column("TermEnd") + " IS NULL OR " + m + column("TermEnd") + " >= ?))";
    }

    /** The parameters of {@link #countOf}: the user key (null for anonymous) and the day twice. */
    public static List<Object> parameters(String userKey, LocalDate day) {
        Timestamp stored = CalendarDays.toTimestamp(day);
        return List.of(Objects.requireNonNullElse(userKey, ""), stored, stored);
    }
}
