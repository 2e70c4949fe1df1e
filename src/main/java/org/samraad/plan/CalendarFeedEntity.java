package org.samraad.plan;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/**
 * A person's secret address of a council's calendar, for calendar apps that cannot log in. Only the SHA-256 of the
 * token is kept, so a copy of the database does not hand out working addresses; the address is shown once, when it
 * is made. A row whose user key was erased (the user was removed) no longer serves anything.
 */
@Preload
@Table("CalendarFeed")
public interface CalendarFeedEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    /** The Confluence user the feed reads as; null once the user is gone. */
    @Indexed
    @StringLength(TextLengths.LINE)
    String getUserKey();
    void setUserKey(String userKey);

    /** Hex SHA-256 of the token. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getTokenHash();
    void setTokenHash(String tokenHash);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);
}
