package org.samraad.council;

/** How much hangs off a council: what the overview shows and what blocks deleting it. */
public record CouncilCounts(int members, int meetings, int openActions, int openHearings) {
    public boolean isEmpty() {
        return members == 0 && meetings == 0 && openActions == 0 && openHearings == 0;
    }
}
