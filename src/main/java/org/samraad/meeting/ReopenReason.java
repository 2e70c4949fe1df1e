package org.samraad.meeting;

import org.samraad.platform.FieldError;
import org.samraad.platform.TextLengths;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;

/**
 * Why approved minutes are reopened: a reopen needs one (one line, at most {@link TextLengths#LONG_LINE}
 * characters), and it is stored with who reopened and when. Any other step refuses one rather than dropping it, so a
 * client that sends a reason with the wrong step learns that it was stored nowhere.
 */
final class ReopenReason {
    static final String FIELD = "reason";

    private ReopenReason() {}

    /** The reason to store for this step: null for a step that is not a reopen; 400 on {@code reason} otherwise. */
    static String of(MeetingStatus from, MeetingStatus to, String given) {
        String reason = Validation.blankToNull(given);
        if (!MeetingLifecycle.isReopen(from, to)) {
            if (reason != null) {
                throw new ValidationException(FieldError.of(FIELD, "samraad.meeting.error.reason-only-reopen"));
            }
            return null;
        }
        if (reason == null) {
            throw new ValidationException(FieldError.of(FIELD, "samraad.meeting.error.reopen-reason-required"));
        }
        new Validation().line(FIELD, reason, TextLengths.LONG_LINE).throwIfInvalid();
        return reason;
    }
}
