package org.samraad.involvement;

/** How an actor is involved; the form fits the actor (many volunteer groups have no time for meetings elsewhere). */
public enum InvolvementForm {
    INTERVIEW_ON_SITE,
    FOCUS_GROUP,
    PHONE_INTERVIEW,
    BILATERAL,
    FORUM_MEETING,
    WRITTEN_INPUT,
    MEETING_SERIES
}
