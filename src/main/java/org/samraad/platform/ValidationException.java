package org.samraad.platform;

import java.util.List;

/** 400 with every field problem at once, so a form can mark them all. */
public class ValidationException extends ServiceException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("samraad.error.invalid-input");
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    /** For a refusal of other kind (another status) that still names the fields a form should mark. */
    protected ValidationException(String messageKey, List<FieldError> errors) {
        super(messageKey);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }
}
