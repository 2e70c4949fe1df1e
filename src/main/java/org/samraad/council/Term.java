package org.samraad.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A term of office from {@code start} to {@code end}, both days included; an open start or end (null) runs
 * without limit. The council's rules ("one chair at a time", "no more members than seats") are about terms
 * that overlap, so an outgoing chair and the next one can both be registered ahead of the change-over.
 */
public record Term(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    public boolean overlaps(Term other) {
        return (start == null || other.end == null || !other.end.isBefore(start))
                && (end == null || other.start == null || !other.start.isAfter(end));
    }

    /**
     * The largest number of {@code others} in office on one same day within this term. Enough to check a seat:
     * adding this term is allowed while that number stays below the seat's required count.
     */
    public int mostConcurrent(List<Term> others) {
        List<Term> overlapping = others.stream().filter(this::overlaps).toList();
        // Concurrency only rises at a start, so it is enough to look at this term's start and the others' starts.
        List<LocalDate> candidates = new ArrayList<>();
        candidates.add(start);
        overlapping.stream().map(Term::start).filter(s -> s != null && contains(s)).forEach(candidates::add);
        int most = 0;
        for (LocalDate day : candidates) {
            int count = 0;
            for (Term other : overlapping) {
                if (day == null ? other.start == null : other.contains(day)) {
                    count++;
                }
            }
            most = Math.max(most, count);
        }
        return most;
    }
}
