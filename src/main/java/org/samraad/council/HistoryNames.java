package org.samraad.council;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samraad.platform.I18n;
import org.samraad.platform.UserNames;

/**
 * The people of a history (who changed something, a person before and after) named for one caller by the member
 * list's rule ({@link MemberVisibility#name}), over the council's member rows loaded once: a member who has not
 * consented is "name not published" to all but insiders, an anonymised one "former member" to everyone. Made by
 * {@link MemberVisibility#historyNames}; each user is looked up in Confluence once per history.
 */
public final class HistoryNames {
    private final MemberVisibility visibility;
    private final I18n i18n;
    private final List<MemberRow> councilRows;
    private final boolean insider;
    private final Map<String, String> users = new HashMap<>();

    HistoryNames(MemberVisibility visibility, I18n i18n, List<MemberRow> councilRows, boolean insider) {
        this.visibility = visibility;
        this.i18n = i18n;
        this.councilRows = List.copyOf(councilRows);
        this.insider = insider;
    }

    /** Whoever a user key refers to; "unknown user" when there is no key (a change by the system, a removed row). */
    public String user(String userKey) {
        if (userKey == null) {
            return UserNames.unknown(i18n);
        }
        return users.computeIfAbsent(userKey, key -> visibility.name(
                PersonStanding.of(councilRows, null, key, null), key, null, insider).name());
    }

    /** A user key as a value in a history (an owner before or after): null stays null, "no one". */
    public String userValue(String userKey) {
        return userKey == null ? null : user(userKey);
    }

    /** The stored name of a person without an account, as a value in a history: null stays null. */
    public String person(String storedName) {
        return storedName == null ? null
                : visibility.name(PersonStanding.of(councilRows, null, null, storedName), null, storedName, insider)
                        .name();
    }
}
