package org.samraad.council;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/** One organisation, authority or volunteer group in the directory, with what it offers and for whom. */
@Preload
@Table("Organisation")
public interface OrganisationEntity extends Entity {

    @NotNull
    @Indexed
    String getName();
    void setName(String name);

    /**
     * An {@link OrganisationKind} name: MUNICIPAL_DEPARTMENT, POLICE, REGION, VOLUNTARY_ORGANISATION,
     * USER_ORGANISATION, BUSINESS, RESIDENTS_ASSOCIATION, OTHER.
     */
    @NotNull
    @Indexed
    String getKind();
    void setKind(String kind);

    /**
     * The space whose editors maintain this entry. The service requires it for now; the column stays nullable
     * so site-wide entries maintained by administrators can be added later without a schema change.
     */
    @Indexed
    String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @StringLength(StringLength.UNLIMITED)
    String getOffers();
    void setOffers(String offers);

    @StringLength(StringLength.UNLIMITED)
    String getTargetGroup();
    void setTargetGroup(String targetGroup);

    @StringLength(TextLengths.LONG_LINE)
    String getWebsite();
    void setWebsite(String website);

    /** Reminders for actions owned by the organisation go to this Confluence user, if set. */
    @Indexed
    String getContactUserKey();
    void setContactUserKey(String contactUserKey);

    /**
     * A functional contact (a front desk, a team, a shared inbox), never a named person: entries stay right when
     * staff change, and the directory, which may be public, publishes no personal data.
     */
    String getContactName();
    void setContactName(String contactName);

    String getContactEmail();
    void setContactEmail(String contactEmail);

    String getContactPhone();
    void setContactPhone(String contactPhone);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
