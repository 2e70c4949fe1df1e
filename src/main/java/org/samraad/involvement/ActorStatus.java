package org.samraad.involvement;

/** Where the involvement of one actor stands. Only a held involvement has been heard, and counts as coverage. */
public enum ActorStatus {
    TO_CONTACT,
    AGREED,
    HELD,
    DECLINED,
    NO_ANSWER;

    /** Still expected to be heard: the coverage matrix names these actors as "expected" in the cells they know. */
    public boolean isExpected() {
        return this == TO_CONTACT || this == AGREED;
    }
}
