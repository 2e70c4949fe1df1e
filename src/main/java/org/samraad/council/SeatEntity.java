package org.samraad.council;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One group of seats in a council's composition, e.g. "2 seats for user organisations". */
@Preload
@Table("Seat")
public interface SeatEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    /** POLITICAL, USER, USER_ORGANISATION, STAFF, MANAGEMENT, POLICE, BUSINESS, ASSOCIATION, RESIDENT, OTHER. */
    @NotNull
    String getSeatGroup();
    void setSeatGroup(String seatGroup);

    /** The council's own wording for the group, e.g. "Valgt af Socialudvalget". */
    String getLabel();
    void setLabel(String label);

    @NotNull
    @Default("1")
    int getRequiredCount();
    void setRequiredCount(int requiredCount);

    /** Set when the seats belong to one organisation (e.g. a named user organisation). */
    @Indexed
    Integer getOrganisationId();
    void setOrganisationId(Integer organisationId);

    @NotNull
    @Default("0")
    int getSortOrder();
    void setSortOrder(int sortOrder);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
