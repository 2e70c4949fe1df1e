package org.samraad.council;

/** What sort of body the council is; it picks the words the council's pages use. */
public enum CouncilKind {
    /** Danish udsatteråd: advises the city council on socially vulnerable citizens. */
    SOCIAL_COUNCIL,
    /** Dialogforum / dialogmøder: open meetings of police, council, businesses, residents. */
    DIALOGUE_FORUM,
    /** Swedish gemensam utvecklingsgrupp of social services and voluntary organisations. */
    DEVELOPMENT_GROUP,
    /** A plan built with many actors (interviews, focus groups). */
    INVOLVEMENT,
    OTHER
}
