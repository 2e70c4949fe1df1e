package org.samraad.action;

import com.atlassian.confluence.security.Permission;
import org.samraad.council.Council;
import org.samraad.platform.FieldError;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;

/**
 * The rule for deleting an action, in one place for the API and the register's "Delete" button:
 * <ul>
 *   <li>who: whoever may change the council's actions, that is, may edit the council's space (readers get 403,
 *       anonymous callers 401);</li>
 *   <li>what goes: the action and its whole history, in one transaction, so an action entered by mistake leaves
 *       nothing behind and a failure leaves both as they were — never one without the other;</li>
 *   <li>what stays: approved minutes that listed the action keep it as approved (their snapshot is a copy), and a
 *       delete with a stale version (someone changed the action meanwhile) deletes nothing (409).</li>
 * </ul>
 */
final class ActionDeletion {
    private ActionDeletion() {}

    /** Whether the caller may delete the council's actions: the register offers "Delete" to them alone. */
    static boolean allowed(SpacePermissions permissions, Council council) {
        return permissions.canEdit(council.spaceKey());
    }

    /** The {@code version} query parameter of a delete: absent is null, anything but a whole number a 400. */
    static Integer version(String text) {
        if (Validation.isBlank(text)) {
            return null;
        }
        Integer version = Validation.wholeNumber(text);
        if (version == null || version < 0) {
            throw new ValidationException(FieldError.of("version", "samraad.action.error.version"));
        }
        return version;
    }

    /** 401 or 403 unless {@link #allowed}. */
    static void require(SpacePermissions permissions, Council council) {
        permissions.require(Permission.EDIT, council.spaceKey());
    }
}
