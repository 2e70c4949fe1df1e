package org.samraad.action;

/** The action-history fields whose old and new values name a person; erasing that person clears them. */
public final class PersonalHistoryFields {
    public static final String OWNER_USER_KEY = "ownerUserKey";
    public static final String OWNER_NAME = "ownerName";

    private PersonalHistoryFields() {}
}
