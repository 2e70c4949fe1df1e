package org.samraad.meeting;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/**
 * A person invited to one meeting who is not a council member (a politician, a member of another forum): invited
 * with the agenda and sent the published minutes. Named in public output only with consent.
 */
@Preload
@Table("MeetingGuest")
public interface GuestEntity extends Entity {

    @NotNull
    @Indexed
    int getMeetingId();
    void setMeetingId(int meetingId);

    @NotNull
    @StringLength(TextLengths.LINE)
    String getName();
    void setName(String name);

    @StringLength(TextLengths.LINE)
    String getOrganisation();
    void setOrganisation(String organisation);

    /** Null: the guest is invited by other means (and listed among those to reach on paper). */
    @StringLength(TextLengths.LINE)
    String getEmail();
    void setEmail(String email);

    @NotNull
    @Default("false")
    boolean isPublishConsent();
    void setPublishConsent(boolean publishConsent);
}
