package org.samraad.platform.sql;

import static org.samraad.platform.sql.SqlStatements.placeholders;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.java.ao.Entity;
import net.java.ao.RawEntity;

/**
 * Finds and deletes rows by a column's value among many, in chunks of IN lists, so removing a large council costs a
 * few statements per table rather than one per row, and no list outgrows what a database accepts. Runs in the
 * caller's transaction.
 */
public final class ChunkedRows {
    private static final int CHUNK = 500;
    private final ActiveObjects ao;

    public ChunkedRows(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The ids of the rows of {@code type} whose {@code column} holds one of the values. */
    public <T extends Entity> List<Integer> ids(Class<T> type, String column, List<Integer> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        ArrayList<Integer> ids = new ArrayList<>();
        for (List<Integer> chunk : chunks(values)) {
            ids.addAll(ids(ao.find(type, column + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray())));
        }
        return ids;
    }

    /** Deletes the rows of {@code type} whose {@code column} holds one of the values. */
    public void delete(Class<? extends RawEntity<Integer>> type, String column, List<Integer> values) {
        for (List<Integer> chunk : chunks(values)) {
            ao.deleteWithSQL(type, column + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    private static List<List<Integer>> chunks(List<Integer> values) {
        ArrayList<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
        return chunks;
    }

    public static List<Integer> ids(Entity[] rows) {
        return Arrays.stream(rows).map(Entity::getID).toList();
    }
}
