package org.samraad.involvement;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/**
 * One actor of an involvement process: an organisation from the directory or a named actor (residents, hotels on
 * the street), how it is involved, and what it told. The forms and the target groups and dimensions it covered are
 * encoded sets ({@link KeySet}) so a list is one statement. Nothing about an individual citizen has a column; the
 * contact person is the actor's, named by the member list's rule.
 */
@Preload
@Table("InvolvementActor")
public interface InvolvementActorEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    @Indexed
    Integer getOrganisationId();
    void setOrganisationId(Integer organisationId);

    /** A named actor without an organisation in the directory. */
    @StringLength(TextLengths.LINE)
    String getName();
    void setName(String name);

    /** {@link KeySet} of {@link InvolvementForm} names. */
    @NotNull
    @StringLength(TextLengths.LINE)
    String getForms();
    void setForms(String forms);

    /** An {@link ActorStatus}. */
    @NotNull
    @Indexed
    String getStatus();
    void setStatus(String status);

    Date getPlannedOn();
    void setPlannedOn(Date plannedOn);

    Date getHeldOn();
    void setHeldOn(Date heldOn);

    /** Who from the administration holds the contact: a user key. */
    @Indexed
    String getStaffUserKey();
    void setStaffUserKey(String staffUserKey);

    @StringLength(TextLengths.LINE)
    String getContactName();
    void setContactName(String contactName);

    @NotNull
    @Default("false")
    boolean isContactConsent();
    void setContactConsent(boolean contactConsent);

    @StringLength(TextLengths.LINE)
    String getContactEmail();
    void setContactEmail(String contactEmail);

    @StringLength(TextLengths.LINE)
    String getContactPhone();
    void setContactPhone(String contactPhone);

    /** {@link KeySet} of target group ids ({@link Topics}). */
    @StringLength(TextLengths.LONG_LINE)
    String getTargetGroups();
    void setTargetGroups(String targetGroups);

    /** {@link KeySet} of dimension ids ({@link Topics}). */
    @StringLength(TextLengths.LONG_LINE)
    String getDimensions();
    void setDimensions(String dimensions);

    @StringLength(StringLength.UNLIMITED)
    String getFindings();
    void setFindings(String findings);

    @StringLength(StringLength.UNLIMITED)
    String getEasyRead();
    void setEasyRead(String easyRead);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
