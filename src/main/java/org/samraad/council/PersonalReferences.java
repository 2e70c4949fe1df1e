package org.samraad.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.java.ao.RawEntity;
import org.springframework.stereotype.Component;

/**
 * The inventory of every place outside the member row where the plugin can point at a person, and how to
 * clear it: council's own (an organisation's contact) and those of every feature ({@link PersonalDataHolder}).
 * Erasure walks this list and the export reads it; PersonalReferencesTest fails when a new user-key column is not
 * in it, so "erase this person everywhere" stays true as the model grows. Rows stay (history needs them); only the
 * pointer to the person goes, and the row then reads "former member".
 */
@Component
public class PersonalReferences {
    private final List<PersonalDataHolder> features;

    public PersonalReferences(List<PersonalDataHolder> features) {
        this.features = List.copyOf(features);
    }

    /** Columns holding a Confluence user key. */
    List<PersonalReference<?>> byUserKey() {
        List<PersonalReference<?>> references = new ArrayList<>(List.<PersonalReference<?>>of(
                new PersonalReference<>(OrganisationEntity.class, "CONTACT_USER_KEY", o -> o.setContactUserKey(null))));
        references.addAll(all(PersonalDataHolder::byUserKey));
        return references;
    }

    /** Columns holding a member id, on rows that also copy the person's name or key. */
    List<PersonalReference<?>> byMemberId() {
        return all(PersonalDataHolder::byMemberId);
    }

    /** Columns naming a person without an account. */
    List<EntityColumn> byName() {
        return all(PersonalDataHolder::byName);
    }

    /** Columns holding the e-mail address of a person without an account. */
    List<EntityColumn> byEmail() {
        return all(PersonalDataHolder::byEmail);
    }

    /** How a row of {@code type} belongs to a council, as an SQL condition on {@code x} with {@code %s} for the councils. */
    String councilScope(Class<? extends RawEntity<?>> type) {
        return features.stream().map(feature -> feature.councilScope(type)).filter(Objects::nonNull).findFirst()
                .orElse("x.\"COUNCIL_ID\" IN (%s)");
    }

    /** Clears the person from every feature's history texts; the rows changed. */
    int forget(String person) {
        return features.stream().mapToInt(feature -> feature.forget(person)).sum();
    }

    private <T> List<T> all(Function<PersonalDataHolder, List<T>> part) {
        return features.stream().flatMap(feature -> part.apply(feature).stream()).toList();
    }
}
