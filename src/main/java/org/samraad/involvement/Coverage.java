package org.samraad.involvement;

import java.util.List;

/**
 * What the process has heard, dimension by target group: each cell names the actors who told about it, and says in
 * words when no one has yet, with the actors still expected to.
 *
 * @param cells one per dimension and target group, dimensions first, in the secretary's order
 * @param gaps the number of cells no held involvement covered
 * @param summary the gaps in one sentence
 */
public record Coverage(
        int councilId,
        List<InvolvementTopic> dimensions,
        List<InvolvementTopic> targetGroups,
        List<Cell> cells,
        int gaps,
        String summary) {

    public Coverage {
        dimensions = List.copyOf(dimensions);
        targetGroups = List.copyOf(targetGroups);
        cells = List.copyOf(cells);
    }

    /**
     * @param heard the actors whose held involvement covered both the dimension and the target group
     * @param expected actors not yet heard (to contact, agreed) who know about both
     * @param text the cell in words: who told us, or "No one has told us about … yet"
     */
    public record Cell(int dimensionId, int targetGroupId, List<Actor> heard, List<Actor> expected, String text) {
        public Cell {
            heard = List.copyOf(heard);
            expected = List.copyOf(expected);
        }

        public boolean isGap() {
            return heard.isEmpty();
        }
    }

    /** An actor as a cell names it. */
    public record Actor(int id, String title) {}
}
