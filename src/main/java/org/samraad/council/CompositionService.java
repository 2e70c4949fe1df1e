package org.samraad.council;

import java.util.List;
import org.samraad.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * The live check of a council's composition: seats against serving members, today. Readable by anyone who can
 * view the council's space; three statements (council, seats, members) however large the council.
 */
@Component
public class CompositionService {
    private final CouncilService councils;
    private final SeatService seats;
    private final MembersQuery membersQuery;
    private final TimeSource time;

    public CompositionService(CouncilService councils, SeatService seats, MembersQuery membersQuery, TimeSource time) {
        this.councils = councils;
        this.seats = seats;
        this.membersQuery = membersQuery;
        this.time = time;
    }

    public Composition of(int councilId) {
        Council council = councils.get(councilId);
        List<Seat> councilSeats = seats.list(council);
        return Composition.of(councilSeats, membersQuery.ofCouncil(council.id()), CouncilZone.today(time, council));
    }
}
