package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How a person that a row refers to (an action's owner, a hearing's responsible person, whoever changed something)
 * stands in the row's council, as far as naming them goes. {@link MemberVisibility#name} turns it into what a
 * caller reads; this type only finds it, in SQL inside the statement that loads the rows (so no list pays a
 * statement for it) or, where the council's member rows are loaded anyway, in Java by the same rule.
 *
 * <p>The rule: a reference to a member row is that row's standing. A reference to a Confluence user is a member's
 * when the user has a (not anonymised) member row in the council; the name is published when one of those rows has
 * consent, as the member list then shows it anyway. A person without an account is matched by name the same way.
 */
public enum PersonStanding {
    /** Not one of the council's members: named as stored. */
    NOT_A_MEMBER,
    /** A member who consented to publication. */
    PUBLISHED,
    /** A member who did not: named only to insiders. */
    UNPUBLISHED,
    /** An anonymised member: "former member" to everyone. */
    FORMER;

    /**
     * A scalar SQL expression that {@link #read} turns into the standing. Each {@code ?} in it is {@link Boolean#TRUE}:
     * put {@link #parameters} at its place in the statement's parameters.
     *
     * @param alias a prefix for the subqueries' table aliases, unique within the statement
     * @param councilId the column (qualified) of the row's council, or a {@code ?} that the caller binds to the
     *     council after {@link #parameters} (for rows without a council column)
     * @param memberId the column of a member id the row refers to, or null
     * @param userKey the column of a user key the row refers to
     * @param name the column of a stored name (a person without an account), or null
     */
    public static String sql(String alias, String councilId, String memberId, String userKey, String name) {
        String members = table(MemberEntity.class);
        String u = alias + "u.";
        String byPerson = "(SELECT MAX(CASE WHEN " + u + column("PublishConsent") + " = ? THEN 2 ELSE 1 END) FROM "
                + members + " " + alias + "u WHERE " + u + column("CouncilId") + " = " + councilId + " AND " + u
                + column("AnonymisedAt") + " IS NULL AND (" + u + column("UserKey") + " = " + userKey
                + (name == null ? "" : " OR (" + userKey + " IS NULL AND " + u + column("Name") + " = " + name + ")")
                + "))";
        if (memberId == null) {
            return byPerson;
        }
        String m = alias + "m.";
        String byMember = "(SELECT CASE WHEN " + m + column("AnonymisedAt") + " IS NOT NULL THEN 3 WHEN " + m
                + column("PublishConsent") + " = ? THEN 2 ELSE 1 END FROM " + members + " " + alias + "m WHERE " + m
                + column("ID") + " = " + memberId + " AND " + m + column("CouncilId") + " = " + councilId + ")";
        return "COALESCE(" + byMember + ", " + byPerson + ")";
    }

    /** The parameters of {@link #sql} with or without a member id column. */
    public static List<Object> parameters(boolean withMemberId) {
        return withMemberId ? List.of(Boolean.TRUE, Boolean.TRUE) : List.of(Boolean.TRUE);
    }

    /** The standing from the column that {@link #sql} filled, by its label. */
    public static PersonStanding read(ResultSet rows, String column) throws SQLException {
        int code = rows.getInt(column);
        if (rows.wasNull()) {
            return NOT_A_MEMBER;
        }
        return code == 3 ? FORMER : code == 2 ? PUBLISHED : UNPUBLISHED;
    }

    /** The same rule as {@link #sql}, over the council's member rows already loaded. */
    public static PersonStanding of(List<MemberRow> councilRows, Integer memberId, String userKey, String name) {
        if (memberId != null) {
            for (MemberRow row : councilRows) {
                if (row.id() == memberId) {
                    return row.isAnonymised() ? FORMER : row.publishConsent() ? PUBLISHED : UNPUBLISHED;
                }
            }
        }
        PersonStanding standing = NOT_A_MEMBER;
        for (MemberRow row : councilRows) {
            boolean same = userKey != null ? userKey.equals(row.userKey()) : name != null && name.equals(row.name());
            if (same && !row.isAnonymised()) {
                if (row.publishConsent()) {
                    return PUBLISHED;
                }
                standing = UNPUBLISHED;
            }
        }
        return standing;
    }
}
