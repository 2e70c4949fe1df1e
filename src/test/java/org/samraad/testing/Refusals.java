package org.samraad.testing;

import static org.junit.Assert.fail;

import org.samraad.platform.ServiceException;
import org.samraad.platform.ValidationException;

/** Asserts that a service call is refused with a particular {@link ServiceException}, and hands it back. */
public final class Refusals {
    private Refusals() {}

    public static <E extends ServiceException> E expect(Class<E> type, Runnable action) {
        try {
            action.run();
        } catch (ServiceException e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
        }
        fail("expected " + type.getSimpleName());
        return null;
    }

    public static ValidationException expectValidation(Runnable action) {
        return expect(ValidationException.class, action);
    }
}
