package org.samraad.council;


import static org.samraad.platform.sql.SqlStatements.placeholders;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.platform.FieldError;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TextLengths;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.WebAddress;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * The organisations directory ("overview of offers"). Every entry belongs to a space: whoever can view the
 * space can read it, whoever can edit the space maintains it. Site-wide entries (no space) are out of scope for
 * now; the column allows them, but the service neither creates nor lists them.
 */
@Component
public class OrganisationService {
    /** contactName, contactEmail, contactPhone: AO's default VARCHAR(255). */

    /** Kinds in their declared order (public bodies first, OTHER last), then names as a reader scans them. */
    private static final Comparator<OrganisationEntity> DIRECTORY_ORDER =
            Comparator.<OrganisationEntity, Integer>comparing(row -> OrganisationKind.valueOf(row.getKind()).ordinal())
                    .thenComparing(OrganisationEntity::getName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparingInt(OrganisationEntity::getID);

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final SpacePermissions permissions;
    private final OrganisationReferencesQuery references;

    public OrganisationService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            SpacePermissions permissions,
            OrganisationReferencesQuery references) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.permissions = permissions;
        this.references = references;
    }

    /**
     * One window of the directory, sorted by kind then name. With a space: that space's entries (404 if the
     * caller cannot view it), one statement. Without: the entries of every space the caller can view, two
     * statements (sort keys of all candidates, then the full rows of the window only), so long offer texts
     * of invisible spaces or other pages are never read.
     */
    public OrganisationPage list(OrganisationQuery query) {
        if (query.spaceKey() != null) {
            permissions.require(Permission.VIEW, query.spaceKey());
            List<OrganisationEntity> rows = sorted(ao.find(OrganisationEntity.class, filtered(Query.select(), query)));
            return new OrganisationPage(map(window(rows, query)), rows.size());
        }
        Map<String, Boolean> viewable = new HashMap<>();
        List<OrganisationEntity> keys = sorted(Arrays.stream(ao.find(OrganisationEntity.class,
                        filtered(Query.select("ID, SPACE_KEY, KIND, NAME"), query)))
                .filter(row -> viewable.computeIfAbsent(row.getSpaceKey(), permissions::canView))
                .toArray(OrganisationEntity[]::new));
        List<OrganisationEntity> window = window(keys, query);
        if (window.isEmpty()) {
            return new OrganisationPage(List.of(), keys.size());
        }
        Map<Integer, OrganisationEntity> full = Arrays.stream(ao.find(OrganisationEntity.class, Query.select()
                        .where("ID IN (" + placeholders(window.size()) + ")",
                                window.stream().map(OrganisationEntity::getID).toArray())))
                .collect(Collectors.toMap(OrganisationEntity::getID, Function.identity()));
        // a row deleted between the two statements is simply left out of this window
        return new OrganisationPage(window.stream().map(row -> full.get(row.getID())).filter(Objects::nonNull)
                .map(Organisation::of).toList(), keys.size());
    }

    public Organisation get(int id) {
        return Organisation.of(visibleRow(id));
    }

    /** Whether the caller may add, change and delete the organisations of a space (the macro's edit controls). */
    public boolean canEdit(String spaceKey) {
        return permissions.canEdit(spaceKey);
    }

    public Organisation create(OrganisationInput raw) {
        OrganisationInput input = normalised(raw);
        Validation validation = validate(input).required("spaceKey", input.spaceKey());
        if (!validation.hasErrorFor("spaceKey") && !permissions.canView(input.spaceKey())) {
            validation.add(FieldError.of("spaceKey", "samraad.organisation.error.unknown-space"));
        }
        validation.throwIfInvalid();
        permissions.require(Permission.EDIT, input.spaceKey());
        return transactions.inTransaction(() -> {
            OrganisationEntity row = ao.create(
                    OrganisationEntity.class,
                    new DBParam("SPACE_KEY", input.spaceKey()),
                    new DBParam("NAME", input.name()),
                    new DBParam("KIND", Validation.parse(input.kind(), OrganisationKind.class).name()),
                    new DBParam("VERSION", 0));
            copyDetails(input, row);
            row.save();
            return Organisation.of(row);
        });
    }

    public Organisation update(int id, OrganisationInput raw) {
        OrganisationInput input = normalised(raw);
        return transactions.inTransaction(() -> {
            OrganisationEntity row = visibleRow(id);
            permissions.require(Permission.EDIT, row.getSpaceKey());
            Validation validation = validate(input).required("version", input.version());
            if (input.spaceKey() != null && !input.spaceKey().equals(row.getSpaceKey())) {
                validation.add(FieldError.of("spaceKey", "samraad.organisation.error.space-fixed"));
            }
            validation.throwIfInvalid();
            int version = versions.claim(OrganisationEntity.class, row.getID(), input.version());
            row.setName(input.name());
            row.setKind(Validation.parse(input.kind(), OrganisationKind.class).name());
            copyDetails(input, row);
            row.setVersion(version);
            row.save();
            return Organisation.of(row);
        });
    }

    /** Refused (409) while members, seats, action items or attendance name the organisation. */
    public void delete(int id) {
        transactions.inTransaction(() -> {
            OrganisationEntity row = visibleRow(id);
            permissions.require(Permission.EDIT, row.getSpaceKey());
            if (references.isReferenced(id)) {
                throw new OrganisationInUseException();
            }
            ao.delete(row);
        });
    }

    /**
     * Whether the caller may reference an organisation (on a seat or a member): it exists and is kept in a space the
     * caller can view, so a reference never carries a restricted space's organisation into a public member list.
     */
    public boolean isVisible(int id) {
        return visible(id).isPresent();
    }

    private OrganisationEntity visibleRow(int id) {
        return visible(id).orElseThrow(NotFoundException::new);
    }

    private Optional<OrganisationEntity> visible(int id) {
        OrganisationEntity row = ao.get(OrganisationEntity.class, id);
        return row != null && permissions.canView(row.getSpaceKey()) ? Optional.of(row) : Optional.empty();
    }

    private static void copyDetails(OrganisationInput input, OrganisationEntity row) {
        row.setWebsite(input.website());
        row.setContactName(input.contactName());
        row.setContactEmail(input.contactEmail());
        row.setContactPhone(input.contactPhone());
        row.setOffers(input.offers());
        row.setTargetGroup(input.targetGroup());
    }

    private static Validation validate(OrganisationInput input) {
        Validation validation = new Validation()
                .line("spaceKey", input.spaceKey(), TextLengths.LINE)
                .required("name", input.name())
                .line("name", input.name(), TextLengths.LINE)
                .required("kind", input.kind())
                .oneOf("kind", input.kind(), OrganisationKind.class)
                .maxLength("website", input.website(), TextLengths.LONG_LINE);
        // errors in the order of the form's fields: the form focuses the first
        format(validation, "website", input.website(), WebAddress::isValid, "samraad.organisation.error.website");
        validation.line("contactName", input.contactName(), TextLengths.LINE)
                .email("contactEmail", input.contactEmail(), TextLengths.LINE)
                .line("contactPhone", input.contactPhone(), TextLengths.LINE)
                .text("offers", input.offers(), TextLengths.TEXT)
                .text("targetGroup", input.targetGroup(), TextLengths.TEXT);
        return validation;
    }

    /** A format error only for a present value that fits its column; a too-long one already has its error. */
    private static void format(Validation validation, String field, String value, Predicate<String> valid, String key) {
        if (value != null && !validation.hasErrorFor(field) && !valid.test(value)) {
            validation.add(FieldError.of(field, key));
        }
    }

    /** Surrounding white space is never meant; empty optional fields are stored as absent. */
    private static OrganisationInput normalised(OrganisationInput input) {
        if (input == null) {
            throw new ValidationException(List.of());
        }
        return new OrganisationInput(
                stripped(input.spaceKey()),
                stripped(input.name()),
                stripped(input.kind()),
                stripped(input.website()),
                stripped(input.contactName()),
                stripped(input.contactEmail()),
                stripped(input.contactPhone()),
                stripped(input.offers()),
                stripped(input.targetGroup()),
                input.version());
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The SQL part of a query: the space (if one) and the kind (if one); visibility of spaces is checked in Java. */
    private static Query filtered(Query select, OrganisationQuery filter) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.spaceKey() != null) {
            clauses.add("SPACE_KEY = ?");
            parameters.add(filter.spaceKey());
        }
        if (filter.kind() != null) {
            clauses.add("KIND = ?");
            parameters.add(filter.kind().name());
        }
        return clauses.isEmpty() ? select : select.where(String.join(" AND ", clauses), parameters.toArray());
    }

    private static List<OrganisationEntity> sorted(OrganisationEntity[] rows) {
        return Arrays.stream(rows).sorted(DIRECTORY_ORDER).toList();
    }

    private static List<OrganisationEntity> window(List<OrganisationEntity> rows, OrganisationQuery query) {
        if (query.offset() >= rows.size()) {
            return Collections.emptyList();
        }
        long end = Math.min((long) query.offset() + query.limit(), rows.size());
        return rows.subList(query.offset(), (int) end);
    }

    private static List<Organisation> map(List<OrganisationEntity> rows) {
        return rows.stream().map(Organisation::of).toList();
    }
}
