package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import org.samraad.council.MemberEntity;

/**
 * Lifecycle steps and answers to agenda requests are the secretariat's (space administrators and serving secretaries
 * who can edit the space): tests whose acting editor takes those steps make the editor the council's secretary.
 */
public final class Secretariat {
    private Secretariat() {}

    /** Records {@code userKey} as the council's serving secretary (no term limits). */
    public static void appoint(ActiveObjects ao, int councilId, String userKey) {
        MemberEntity row = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("ROLE", "SECRETARY"), new DBParam("VERSION", 0));
        row.setUserKey(userKey);
        row.save();
    }
}
