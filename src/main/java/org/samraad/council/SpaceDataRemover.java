package org.samraad.council;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import org.samraad.platform.sql.ChunkedRows;
import org.springframework.stereotype.Component;

/**
 * Deletes everything the plugin holds for a space that Confluence has removed: its councils and all that hangs
 * off them (each feature deletes its own rows, see {@link SpaceDataHolder}), and the organisations maintained in
 * it. Nothing may be orphaned (ARCHITECTURE §5). Runs in the caller's transaction; deletes in chunks so a large
 * council does not cost one statement per row.
 */
@Component
public class SpaceDataRemover {
    private final ActiveObjects ao;
    private final List<SpaceDataHolder> features;

    public SpaceDataRemover(@ComponentImport ActiveObjects ao, List<SpaceDataHolder> features) {
        this.ao = ao;
        this.features = List.copyOf(features);
    }

    public void removeSpace(String spaceKey) {
        ChunkedRows rows = new ChunkedRows(ao);
        List<Integer> councils = ChunkedRows.ids(ao.find(CouncilEntity.class, "SPACE_KEY = ?", spaceKey));
        for (SpaceDataHolder feature : features) {
            feature.removeCouncils(councils, rows);
        }
        rows.delete(MemberEntity.class, "COUNCIL_ID", councils);
        rows.delete(SeatEntity.class, "COUNCIL_ID", councils);
        rows.delete(CouncilEntity.class, "ID", councils);
        ao.deleteWithSQL(OrganisationEntity.class, "SPACE_KEY = ?", spaceKey);
    }
}
