package org.samraad.council;

import org.samraad.platform.ServiceException;

/** 409: members, seats, action items or attendance still name the organisation, so deleting it would orphan them. */
public class OrganisationInUseException extends ServiceException {
    public OrganisationInUseException() {
        super("samraad.organisation.error.in-use");
    }

    @Override
    public int status() {
        return 409;
    }
}
