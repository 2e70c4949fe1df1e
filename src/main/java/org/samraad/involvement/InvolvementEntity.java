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
 * A council's involvement process (at most one row per council, written on the first save of its settings): the
 * target groups and dimensions the secretary set, the deadline and the people responsible. The lists are stored
 * encoded in the row ({@link Topics}, {@link KeySet}) so a render reads the whole process in one statement.
 */
@Preload
@Table("Involvement")
public interface InvolvementEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    /** {@link Topics}: one "id:name" per line. */
    @StringLength(StringLength.UNLIMITED)
    String getTargetGroups();
    void setTargetGroups(String targetGroups);

    /** {@link Topics}: one "id:name" per line; ids are unique across both lists. */
    @StringLength(StringLength.UNLIMITED)
    String getDimensions();
    void setDimensions(String dimensions);

    /** The id the next new topic gets: ids are never reused, so a removed topic's coverage never moves to a new one. */
    @NotNull
    @Default("1")
    int getTopicCounter();
    void setTopicCounter(int topicCounter);

    Date getDeadline();
    void setDeadline(Date deadline);

    /** {@link KeySet} of the responsible people's user keys. */
    @StringLength(TextLengths.LONG_LINE)
    String getResponsibleKeys();
    void setResponsibleKeys(String responsibleKeys);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
