package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;

import java.time.LocalDate;

/**
 * The one rule of "a current member on a day": not anonymised and the term not ended on the day (an open end runs
 * without limit), whether or not it has begun, so members about to start count too. Unlike
 * {@link ServingMemberSql} the start is not looked at. The day is the council's ({@link CouncilZone#today}). The
 * SQL forms and the Java form stand side by side here so they cannot drift apart.
 */
final class CurrentMember {
    private CurrentMember() {}

    /** The condition for a raw statement on the member table under {@code alias}; bind the day at its one {@code ?}. */
    static String sql(String alias) {
        return condition(alias + "." + column("AnonymisedAt"), alias + "." + column("TermEnd"));
    }

    /** The condition for an Active Objects where clause (which quotes bare column names itself); bind the day. */
    static String aoWhere() {
        return condition("ANONYMISED_AT", "TERM_END");
    }

    /** The Java form, for members already read. */
    static boolean isCurrent(Member member, LocalDate day) {
        return !member.anonymised() && (member.termEnd() == null || !member.termEnd().isBefore(day));
    }

    private static String condition(String anonymisedAt, String termEnd) {
        return anonymisedAt + " IS NULL AND (" + termEnd + " IS NULL OR " + termEnd + " >= ?)";
    }
}
