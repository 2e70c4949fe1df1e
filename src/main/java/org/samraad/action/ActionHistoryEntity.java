package org.samraad.action;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One recorded change to an action item (created, status, owner, due date, progress, reminder sent). */
@Preload
@Table("ActionHistory")
public interface ActionHistoryEntity extends Entity {

    @NotNull
    @Indexed
    int getActionId();
    void setActionId(int actionId);

    @NotNull
    Date getChangedAt();
    void setChangedAt(Date changedAt);

    @Indexed
    String getChangedBy();
    void setChangedBy(String changedBy);

    /** CREATED, or the changed field as the API names it (title, status, dueDate, …); later REMINDER. */
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
