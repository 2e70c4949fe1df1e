package org.samraad.involvement;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One recorded change to an involvement actor (created, or a field as the API names it). */
@Preload
@Table("InvolvementHistory")
public interface InvolvementHistoryEntity extends Entity {

    @NotNull
    @Indexed
    int getActorId();
    void setActorId(int actorId);

    @NotNull
    Date getChangedAt();
    void setChangedAt(Date changedAt);

    @Indexed
    String getChangedBy();
    void setChangedBy(String changedBy);

    @NotNull
    String getChangeKind();
    void setChangeKind(String changeKind);

    @StringLength(StringLength.UNLIMITED)
    String getOldValue();
    void setOldValue(String oldValue);

    @StringLength(StringLength.UNLIMITED)
    String getNewValue();
    void setNewValue(String newValue);
}
