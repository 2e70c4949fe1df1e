package org.samraad.council;

/** A council as it leaves the service: immutable, no AO proxy behind it. */
public record Council(int id, String spaceKey, String name, CouncilKind kind, String purpose, int version) {
    static Council of(CouncilEntity row) {
        return new Council(
                row.getID(),
                row.getSpaceKey(),
                row.getName(),
                CouncilKind.valueOf(row.getKind()),
                row.getPurpose(),
                row.getVersion());
    }
}
