package org.samraad.meeting;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/** One attachment (bilag) to an agenda item: a Confluence attachment or a link, open or closed. */
@Preload
@Table("AgendaAttachment")
public interface AgendaAttachmentEntity extends Entity {

    @NotNull
    @Indexed
    int getAgendaItemId();
    void setAgendaItemId(int agendaItemId);

    /** Copied from the item so a whole agenda's attachments load in one query. */
    @NotNull
    @Indexed
    int getMeetingId();
    void setMeetingId(int meetingId);

    @NotNull
    @StringLength(TextLengths.LONG_LINE)
    String getTitle();
    void setTitle(String title);

    /** The Confluence attachment, if the bilag is a file on a page. */
    @Indexed
    Long getAttachmentId();
    void setAttachmentId(Long attachmentId);

    @StringLength(TextLengths.LONG_LINE)
    String getUrl();
    void setUrl(String url);

    /** The document's number in the municipality's case system ("64637/19"). */
    @StringLength(TextLengths.NUMBER)
    String getDocumentNumber();
    void setDocumentNumber(String documentNumber);

    @NotNull
    @Default("false")
    boolean isClosed();
    void setClosed(boolean closed);

    @NotNull
    @Default("0")
    int getSortOrder();
    void setSortOrder(int sortOrder);
}
