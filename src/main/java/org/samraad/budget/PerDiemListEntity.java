package org.samraad.budget;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The per-diem list of one held meeting: until the secretary approves it, it is computed from the attendance each
 * time it is read (this row only keeps its version); approving freezes its lines with their amounts
 * ({@link PerDiemLineEntity}) and records who approved it and for which budget year.
 */
@Table("PerDiemList")
public interface PerDiemListEntity extends Entity {

    @NotNull
    @Indexed
    int getMeetingId();
    void setMeetingId(int meetingId);

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    @NotNull
    @Default("false")
    boolean isApproved();
    void setApproved(boolean approved);

    Date getApprovedAt();
    void setApprovedAt(Date approvedAt);

    @StringLength(255)
    String getApprovedBy();
    void setApprovedBy(String approvedBy);

    /** The meeting's year in the council's zone, whose budget and rates the list was approved under. */
    Integer getBudgetYear();
    void setBudgetYear(Integer budgetYear);

    /** A {@link BudgetCurrency}: the approved amounts' currency. */
    @StringLength(3)
    String getCurrency();
    void setCurrency(String currency);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
