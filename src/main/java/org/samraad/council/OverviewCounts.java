package org.samraad.council;

/**
 * One figure of the council overview that another feature counts. The overview stays one statement however many
 * features count: each gives a scalar subquery that council places in its SELECT. Implemented by each counting
 * feature as a component; at most one per figure.
 */
public interface OverviewCounts {
    /** The figures of the overview that features above council count. */
    enum Figure { MEETINGS, OPEN_ACTIONS, OPEN_HEARINGS }

    Figure figure();

    /** A scalar subquery, in parentheses, counting this figure for the council whose id is its one {@code ?}. */
    String countSql();
}
