package org.samraad.plan;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/**
 * One line of who staffs a plan entry (a stand at a conference): a person by name, an organisation from the
 * directory, or both. Staff are the organisations' employees and volunteers, never the citizens who visit; a
 * name is shown by the member list's rule ({@code PersonStanding}), so a member who did not consent to publication
 * is not named to outsiders here either.
 */
@Table("PlanStaff")
public interface PlanEntryStaffEntity extends Entity {

    @NotNull
    @Indexed
    int getPlanEntryId();
    void setPlanEntryId(int planEntryId);

    /** The entry's council, so that a removed space's rows go with its councils. */
    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    /** The line's place in the entry's list, from 0. */
    @NotNull
    int getSortOrder();
    void setSortOrder(int sortOrder);

    @StringLength(TextLengths.LINE)
    String getName();
    void setName(String name);

    @Indexed
    Integer getOrganisationId();
    void setOrganisationId(Integer organisationId);
}
