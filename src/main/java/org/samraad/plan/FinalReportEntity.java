package org.samraad.plan;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An annual report made final: the figures of one council's year as they stood when its secretariat made the report
 * final, frozen as JSON ({@link FinalReports}), read instead of the live figures from then on. Never changed; making
 * the report final again (after a correction) adds the next in {@code sequence}, and the newest is the report. Holds
 * counts, hearing titles and organisation names, no person's name; who made it final is a user key that erasure
 * clears ({@link FinalReportData}).
 */
@Table("FinalReport")
public interface FinalReportEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    @NotNull
    int getReportYear();
    void setReportYear(int reportYear);

    /** 1 for the first final version of the year, 2 for the next, … */
    @NotNull
    int getSequence();
    void setSequence(int sequence);

    /** Who made it final (a user key); null once that person was erased. */
    String getFinalisedBy();
    void setFinalisedBy(String finalisedBy);

    @NotNull
    Date getFinalisedAt();
    void setFinalisedAt(Date finalisedAt);

    /** The page that got the report as its content, or null when made final without one. */
    @Indexed
    Long getPageId();
    void setPageId(Long pageId);

    /** The report's figures, as JSON (an {@link AnnualReport} without its easy-read summary). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getContent();
    void setContent(String content);
}
