package org.samraad.council;

import java.util.List;
import org.samraad.platform.sql.ChunkedRows;

/**
 * A feature that keeps rows hanging off councils: when Confluence removes the councils' space, each deletes its own,
 * so council removes a space without knowing the features above it. Implemented by each such feature as a component.
 */
public interface SpaceDataHolder {
    /** Deletes every row of this feature that belongs to these councils, children first, in the caller's transaction. */
    void removeCouncils(List<Integer> councilIds, ChunkedRows rows);
}
