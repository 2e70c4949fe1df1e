package org.samraad.council;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samraad.platform.rest.Iso8601;

/**
 * A council's composition checked against its members on one day: per seat required, filled and vacant, the
 * terms that end soon, and whether the council is complete. Pure: everything it needs is passed in.
 *
 * <p>Only serving chairs, vice chairs and members fill seats (see {@link MemberRole#fillsSeat()}); substitutes
 * stand in and do not. A council without seats has no composition to fulfil and is not reported complete.
 */
public record Composition(
        @Iso8601 LocalDate date,
        int required,
        int filled,
        int vacancies,
        boolean complete,
        List<SeatStatus> seats,
        int termEndingWithinDays,
        List<TermEnding> termsEndingSoon) {

    /** How far ahead "terms ending soon" looks: about one quarter, i.e. one or two meetings to find a successor. */
    public static final int TERM_ENDING_WITHIN_DAYS = 90;

    public Composition {
        seats = List.copyOf(seats);
        termsEndingSoon = List.copyOf(termsEndingSoon);
    }

    static Composition of(List<Seat> seats, List<MemberRow> members, LocalDate today) {
        Map<Integer, Long> filledBySeat = members.stream()
                .filter(m -> m.fillsSeat(today))
                .collect(Collectors.groupingBy(MemberRow::seatId, Collectors.counting()));
        List<SeatStatus> statuses = seats.stream().map(seat -> {
            int filled = filledBySeat.getOrDefault(seat.id(), 0L).intValue();
            return new SeatStatus(seat.id(), seat.group(), seat.label(), seat.organisationId(), seat.organisationName(),
                    seat.requiredCount(), filled, Math.max(0, seat.requiredCount() - filled));
        }).toList();
        int required = statuses.stream().mapToInt(SeatStatus::required).sum();
        int vacancies = statuses.stream().mapToInt(SeatStatus::vacancies).sum();

        LocalDate horizon = today.plusDays(TERM_ENDING_WITHIN_DAYS);
        List<TermEnding> ending = members.stream()
                .filter(m -> m.isServing(today) && m.termEnd() != null && !m.termEnd().isAfter(horizon))
                .sorted(Comparator.comparing(MemberRow::termEnd).thenComparing(MemberRow::id))
                .map(m -> new TermEnding(m.id(), m.seatId(), m.role(), m.termEnd(),
                        (int) ChronoUnit.DAYS.between(today, m.termEnd())))
                .toList();
        return new Composition(today, required, required - vacancies, vacancies,
                !statuses.isEmpty() && vacancies == 0, statuses, TERM_ENDING_WITHIN_DAYS, ending);
    }
}
