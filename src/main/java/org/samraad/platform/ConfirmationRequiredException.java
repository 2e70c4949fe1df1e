package org.samraad.platform;

import java.io.Serializable;
import java.util.List;

/**
 * 409: the step is allowed but asks for a second thought first — it is sent again with {@code "confirm": true}. The
 * reasons say what is odd or missing, each as data for a client and as an i18n key for people.
 */
public class ConfirmationRequiredException extends ServiceException {
    private final List<Reason> reasons;

    public ConfirmationRequiredException(String messageKey, List<Reason> reasons) {
        super(messageKey);
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }

    @Override
    public int status() {
        return 409;
    }

    /**
     * One thing to confirm. {@code kind} is a stable code; {@code id}, {@code number} and {@code title} name the
     * thing it is about, where there is one (null otherwise).
     */
    public record Reason(String kind, Integer id, Integer number, String title, String messageKey,
            List<Serializable> arguments) {
        public Reason {
            arguments = List.copyOf(arguments);
        }

        public static Reason of(String kind, String messageKey, Serializable... arguments) {
            return new Reason(kind, null, null, null, messageKey, List.of(arguments));
        }

        public static Reason about(String kind, Integer id, Integer number, String title, String messageKey,
                Serializable... arguments) {
            return new Reason(kind, id, number, title, messageKey, List.of(arguments));
        }
    }
}
