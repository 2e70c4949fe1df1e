package org.samraad.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.samraad.platform.FieldError;
import org.samraad.platform.Paging;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.DateRule;

/**
 * Which of a council's meetings a list shows: between two days (both included, in the council's zone), in some
 * statuses, one window at a time, in date order. A limit above the maximum is lowered to it.
 */
public record MeetingFilter(LocalDate from, LocalDate to, Set<MeetingStatus> statuses, int limit, int offset) {
    static final int DEFAULT_LIMIT = Paging.DEFAULT_LIMIT;
    static final int MAX_LIMIT = Paging.MAX_LIMIT;
    private static final Paging.Rule PAGING = Paging.Rule.lowering("meeting", DEFAULT_LIMIT);

    public MeetingFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    public static MeetingFilter all() {
        return new MeetingFilter(null, null, Set.of(), DEFAULT_LIMIT, 0);
    }

    /** The query parameters as text, so "abc" is a 400 naming the parameter rather than JAX-RS's 404. */
    public static MeetingFilter parse(String from, String to, List<String> status, String limit, String offset) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDay = DateRule.day("from", from, errors);
        LocalDate toDay = DateRule.day("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(FieldError.of("to", "samraad.meeting.error.to-before-from"));
        }
        Set<MeetingStatus> statuses = Validation.enumList("status", status, MeetingStatus.class, errors);
        Paging paging = Paging.read(limit, offset, PAGING, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
        return new MeetingFilter(fromDay, toDay, statuses, paging.limit(), paging.offset());
    }
}
