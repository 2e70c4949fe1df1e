package org.samraad.meeting;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A council member who dissented on an agenda item, picked from the member list: the name is then shown by the
 * member list's rule (consent), where a name typed into the dissent text would reach every reader.
 */
@Table("AgendaDissenter")
public interface AgendaDissenterEntity extends Entity {

    @NotNull
    @Indexed
    int getAgendaItemId();
    void setAgendaItemId(int agendaItemId);

    @NotNull
    @Indexed
    int getMemberId();
    void setMemberId(int memberId);
}
