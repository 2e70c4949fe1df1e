package org.samraad.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.samraad.platform.FieldError;

/**
 * The council-wide rules a new or changed member must keep, as field errors: at most one chair and one vice chair
 * in office at a time, and no more members in a seat than it has places unless a space administrator confirms.
 * Pure: the service loads the council's rows and the seat and passes them in.
 *
 * <p>The rules look from {@code today} on: registering a former member, or a history of overlapping terms, is
 * not refused; and a check is only made when what it is about (role, seat, term) changes, so correcting a
 * phone number never fails on a situation that predates the edit.
 */
final class MemberRules {
    private MemberRules() {}

    /** The member as it would be stored. {@code id} is null for a new member. */
    record Candidate(Integer id, MemberRole role, Integer seatId, Term term) {}

    static List<FieldError> check(
            Candidate candidate, MemberRow stored, List<MemberRow> councilRows, Seat seat, boolean overFillConfirmed,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Term window = fromToday(candidate.term(), today);
        if (window == null) {
            return errors;
        }
        List<MemberRow> others = councilRows.stream()
                .filter(row -> !row.isAnonymised() && !Objects.equals(row.id(), candidate.id()))
                .toList();

        boolean roleOrTermChanged = stored == null || stored.role() != candidate.role()
                || !stored.term().equals(candidate.term());
        if (candidate.role().isUnique() && roleOrTermChanged
                && others.stream().anyMatch(o -> o.role() == candidate.role() && o.term().overlaps(window))) {
            errors.add(FieldError.of("role", candidate.role() == MemberRole.CHAIR
                    ? "samraad.member.error.chair-taken" : "samraad.member.error.vice-chair-taken"));
        }

        boolean occupancyChanged = stored == null || !Objects.equals(stored.seatId(), candidate.seatId())
                || !stored.role().fillsSeat() || !stored.term().equals(candidate.term());
        if (seat != null && candidate.role().fillsSeat() && occupancyChanged && !overFillConfirmed) {
            List<Term> holders = others.stream()
                    .filter(o -> o.role().fillsSeat() && Objects.equals(o.seatId(), seat.id()))
                    .map(MemberRow::term)
                    .toList();
            if (window.mostConcurrent(holders) >= seat.requiredCount()) {
                errors.add(FieldError.of("seatId", "samraad.member.error.seat-full", seat.requiredCount()));
            }
        }
        return errors;
    }

    /** The part of a term from today on; null if it ended before today. */
    static Term fromToday(Term term, LocalDate today) {
        if (term.end() != null && term.end().isBefore(today)) {
            return null;
        }
        return new Term(term.start() == null || term.start().isBefore(today) ? today : term.start(), term.end());
    }
}
