package org.samraad.hearing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.samraad.platform.FieldError;
import org.samraad.platform.ValidationException;

/**
 * 409: the council approved this response ({@link HearingStatus#responseFrozen()}), so its texts are the record
 * and do not change; each changed text is named as a field error, so a form marks it. Sending the texts back as
 * stored is no change: the other facts (the follow-up, a reference) stay editable with a PUT of the whole hearing.
 */
public class HearingResponseFrozenException extends ValidationException {
    private HearingResponseFrozenException(List<FieldError> errors) {
        super("samraad.hearing.error.response-frozen.message", errors);
    }

    /** Refuses the input if it changes a frozen response's texts; nothing for a response still being drafted. */
    static void refuseChangedTexts(Hearing stored, HearingInput input) {
        if (!stored.status().responseFrozen()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        changed(errors, "response", stored.response(), input.response());
        changed(errors, "dissent", stored.dissent(), input.dissent());
        changed(errors, "easyRead", stored.easyRead(), input.easyRead());
        if (!errors.isEmpty()) {
            throw new HearingResponseFrozenException(errors);
        }
    }

    private static void changed(List<FieldError> errors, String field, String stored, String sent) {
        if (!Objects.equals(stored, sent)) {
            errors.add(FieldError.of(field, "samraad.hearing.error.response-frozen"));
        }
    }

    @Override
    public int status() {
        return 409;
    }
}
