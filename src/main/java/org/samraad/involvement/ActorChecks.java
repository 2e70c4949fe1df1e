package org.samraad.involvement;

import static org.samraad.platform.Validation.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.samraad.council.OrganisationService;
import org.samraad.platform.FieldError;
import org.samraad.platform.TextLengths;
import org.samraad.platform.UserNames;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The rules of an actor, every wrong field named at once: an organisation the writer can see or a name (not both),
 * one form or more, a held date exactly when it was held, covered target groups and dimensions of this process,
 * and one text, date, e-mail and user rule as everywhere.
 */
@Component
class ActorChecks {
    private final OrganisationService organisations;
    private final UserNames users;

    ActorChecks(OrganisationService organisations, UserNames users) {
        this.organisations = organisations;
        this.users = users;
    }

    /**
     * @param stored the actor as stored, or null for a new one: keeping its organisation needs no visibility
     * @param insider the writer sees the contact person's details; if not, details sent as null are kept
     */
    ValidActor check(InvolvementActorInput raw, StoredSettings settings, ActorRow stored, boolean insider) {
        if (raw == null) {
            throw new ValidationException(List.of());
        }
        InvolvementActorInput input = keepHidden(raw, stored, insider);
        Validation validation = new Validation();
        String name = blankToNull(input.name());
        validation.line("name", name, TextLengths.LINE);
        if (input.organisationId() == null && name == null) {
            validation.add(FieldError.of("organisationId", "samraad.involvement.error.organisation-or-name"));
        } else if (input.organisationId() != null && name != null) {
            validation.add(FieldError.of("name", "samraad.involvement.error.organisation-or-name"));
        } else if (input.organisationId() != null
                && !(stored != null && input.organisationId().equals(stored.organisationId()))
                && !organisations.isVisible(input.organisationId())) {
            validation.add(FieldError.of("organisationId", "samraad.involvement.error.unknown-organisation"));
        }
        List<InvolvementForm> forms = forms(validation, input.forms());
        String statusText = blankToNull(input.status());
        validation.oneOf("status", statusText, ActorStatus.class);
        ActorStatus status = statusText == null ? ActorStatus.TO_CONTACT : Validation.parse(statusText, ActorStatus.class);
        LocalDate plannedOn = validation.date("plannedOn", blankToNull(input.plannedOn()));
        LocalDate heldOn = validation.date("heldOn", blankToNull(input.heldOn()));
        if (status == ActorStatus.HELD && heldOn == null && !validation.hasErrorFor("heldOn")) {
            validation.add(FieldError.of("heldOn", "samraad.involvement.error.held-needs-date"));
        } else if (status != null && status != ActorStatus.HELD && heldOn != null) {
            validation.add(FieldError.of("heldOn", "samraad.involvement.error.date-only-when-held"));
        }
        String staff = blankToNull(input.staffUserKey());
        validation.line("staffUserKey", staff, TextLengths.LINE).existingUser("staffUserKey", staff, users);
        String contactName = blankToNull(input.contactName());
        String contactEmail = blankToNull(input.contactEmail());
        String contactPhone = blankToNull(input.contactPhone());
        validation.line("contactName", contactName, TextLengths.LINE)
                .email("contactEmail", contactEmail, TextLengths.LINE)
                .line("contactPhone", contactPhone, TextLengths.LINE);
        if (!insider && stored != null && publishesUnseenName(input, stored)) {
            validation.add(FieldError.of("contactConsent", "samraad.involvement.error.consent-unseen"));
        }
        List<Integer> groups = topics(validation, "targetGroupIds", "samraad.involvement.error.unknown-target-group",
                input.targetGroupIds(), settings::hasTargetGroup);
        List<Integer> dimensions = topics(validation, "dimensionIds", "samraad.involvement.error.unknown-dimension",
                input.dimensionIds(), settings::hasDimension);
        String findings = blankToNull(input.findings());
        String easyRead = blankToNull(input.easyRead());
        validation.text("findings", findings, TextLengths.LONG_TEXT).text("easyRead", easyRead, TextLengths.TEXT);
        validation.throwIfInvalid();
        return new ValidActor(name == null ? input.organisationId() : null, name, forms, status, plannedOn, heldOn,
                staff, contactName, contactName != null && Boolean.TRUE.equals(input.contactConsent()),
                contactEmail, contactPhone, groups, dimensions, findings, easyRead);
    }

    private static List<InvolvementForm> forms(Validation validation, List<String> sent) {
        Set<InvolvementForm> forms = EnumSet.noneOf(InvolvementForm.class);
        for (String form : sent == null ? List.<String>of() : sent) {
            InvolvementForm parsed = Validation.parse(blankToNull(form), InvolvementForm.class);
            if (parsed == null) {
                validation.add(FieldError.of("forms", "samraad.error.invalid-choice"));
                return List.of();
            }
            forms.add(parsed);
        }
        if (forms.isEmpty()) {
            validation.add(FieldError.of("forms", "samraad.involvement.error.form-required"));
        }
        return new ArrayList<>(forms);
    }

    private static List<Integer> topics(Validation validation, String field, String messageKey, List<Integer> sent,
            IntPredicate known) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (Integer id : sent == null ? List.<Integer>of() : sent) {
            if (id == null || !known.test(id)) {
                validation.add(FieldError.of(field, messageKey));
                return List.of();
            }
            ids.add(id);
        }
        return new ArrayList<>(ids);
    }

    /**
     * A writer who could not see the contact's details keeps those sent as null, as the member form does: saving
     * a form that showed "name not published" or no e-mail does not erase them.
     */
    private static InvolvementActorInput keepHidden(InvolvementActorInput input, ActorRow stored, boolean insider) {
        if (insider || stored == null) {
            return input;
        }
        boolean nameWasHidden = stored.contactName() != null && !stored.contactConsent();
        return new InvolvementActorInput(input.organisationId(), input.name(), input.forms(), input.status(),
                input.plannedOn(), input.heldOn(), input.staffUserKey(),
                nameWasHidden && input.contactName() == null ? stored.contactName() : input.contactName(),
                input.contactConsent() == null ? stored.contactConsent() : input.contactConsent(),
                input.contactEmail() == null ? stored.contactEmail() : input.contactEmail(),
                input.contactPhone() == null ? stored.contactPhone() : input.contactPhone(),
                input.targetGroupIds(), input.dimensionIds(), input.findings(), input.easyRead(), input.version());
    }

    /** Consent recorded by someone who saw only "name not published" and did not enter the person anew. */
    private static boolean publishesUnseenName(InvolvementActorInput input, ActorRow stored) {
        return stored.contactName() != null && !stored.contactConsent() && Boolean.TRUE.equals(input.contactConsent())
                && Objects.equals(blankToNull(input.contactName()), stored.contactName());
    }
}
