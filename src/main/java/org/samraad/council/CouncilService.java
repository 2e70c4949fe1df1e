package org.samraad.council;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TextLengths;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * Councils and their link to a space. Anyone who can view the space can read its council; only space
 * administrators set it up, change it or remove it. One council per space.
 */
@Component
public class CouncilService {

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final RowLock rowLock;
    private final SpacePermissions permissions;
    private final CouncilCountsQuery countsQuery;
    private final CouncilReferencesQuery references;
    private final TimeSource time;
    private final PagePermissions pages;
    private final I18n i18n;

    public CouncilService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            RowLock rowLock,
            SpacePermissions permissions,
            CouncilCountsQuery countsQuery,
            CouncilReferencesQuery references,
            TimeSource time,
            PagePermissions pages,
            I18n i18n) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.rowLock = rowLock;
        this.permissions = permissions;
        this.countsQuery = countsQuery;
        this.references = references;
        this.time = time;
        this.pages = pages;
        this.i18n = i18n;
    }

    /** The councils of one space (404 if the caller cannot view it), or of every space the caller can view. */
    public List<Council> list(String spaceKey) {
        if (spaceKey != null) {
            permissions.require(Permission.VIEW, spaceKey);
            return map(ao.find(CouncilEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey).order("ID")));
        }
        return map(ao.find(CouncilEntity.class, Query.select().order("NAME, ID"))).stream()
                .filter(c -> permissions.canView(c.spaceKey()))
                .toList();
    }

    public Council get(int id) {
        return Council.of(visibleRow(id));
    }

    /** The council of a space, if it has one and the caller can view the space. */
    public Optional<Council> inSpace(String spaceKey) {
        if (spaceKey == null || !permissions.canView(spaceKey)) {
            return Optional.empty();
        }
        CouncilEntity[] rows = ao.find(CouncilEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(Council.of(rows[0]));
    }

    public CouncilCounts counts(Council council) {
        return countsQuery.countsFor(council.id(), CouncilZone.today(time, council));
    }

    public boolean canAdminister(Council council) {
        return permissions.canAdminister(council.spaceKey());
    }

    public Council create(CouncilInput input) {
        Validation validation = validate(input).required("spaceKey", input.spaceKey());
        String spaceKey = input.spaceKey() == null ? null : input.spaceKey().trim();
        if (!validation.hasErrorFor("spaceKey") && !permissions.canView(spaceKey)) {
            validation.add(FieldError.of("spaceKey", "samraad.council.error.unknown-space"));
        }
        validation.throwIfInvalid();
        permissions.require(Permission.ADMINISTER, spaceKey);
        return transactions.inTransaction(() -> {
            if (ao.count(CouncilEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey)) > 0) {
                throw new ValidationException(FieldError.of("spaceKey", "samraad.council.error.space-taken"));
            }
            CouncilEntity row = ao.create(
                    CouncilEntity.class,
                    new DBParam("SPACE_KEY", spaceKey),
                    new DBParam("NAME", input.name().trim()),
                    new DBParam("KIND", Validation.parse(input.kind(), CouncilKind.class).name()),
                    new DBParam("VERSION", 0));
            row.setPurpose(blankToNull(input.purpose()));
            row.setLocale(creatorsLanguage());
            row.setRequestDays(CouncilSettings.REQUEST_DAYS_DEFAULT);
            row.setDispatchDays(CouncilSettings.DISPATCH_DAYS_DEFAULT);
            row.setMinutesDays(CouncilSettings.MINUTES_DAYS_DEFAULT);
            row.setActionReminderDays(CouncilSettings.REMINDER_DAYS_DEFAULT);
            CouncilSettings.apply(input, row);
            row.save();
            return Council.of(row);
        });
    }

    /**
     * A council set up without a language choice writes in its creator's, when that is Danish or Swedish: a Swedish
     * secretary's council titles its meetings "möte", not "møde". Anyone else gets the documented default (da).
     */
    private String creatorsLanguage() {
        String language = CouncilSettings.localeFor(i18n.readerLocale());
        return "en".equals(language) ? Council.DEFAULT_LOCALE : language;
    }

    public Council update(int id, CouncilInput input) {
        return transactions.inTransaction(() -> {
            CouncilEntity row = visibleRow(id);
            permissions.require(Permission.ADMINISTER, row.getSpaceKey());
            Validation validation = validate(input).required("version", input.version());
            if (input.spaceKey() != null && !input.spaceKey().trim().equals(row.getSpaceKey())) {
                validation.add(FieldError.of("spaceKey", "samraad.council.error.space-fixed"));
            }
            validation.throwIfInvalid();
            int version = versions.claim(CouncilEntity.class, row.getID(), input.version());
            row.setName(input.name().trim());
            row.setKind(Validation.parse(input.kind(), CouncilKind.class).name());
            row.setPurpose(blankToNull(input.purpose()));
            CouncilSettings.apply(input, row);
            row.setVersion(version);
            row.save();
            return Council.of(row);
        });
    }

    /**
     * Only an empty council can go: no record may name it, not even a former member, a cancelled meeting, a done
     * action or a submitted hearing (see {@link CouncilReferencesQuery}). The council is locked first, so nothing
     * is added to it while it goes; calendar feeds, personal subscriptions, go with it.
     */
    public void delete(int id) {
        transactions.inTransaction(() -> {
            CouncilEntity row = visibleRow(id);
            permissions.require(Permission.ADMINISTER, row.getSpaceKey());
            rowLock.lock(CouncilEntity.class, id);
            if (references.isReferenced(id)) {
                throw new CouncilNotEmptyException();
            }
            for (Class<? extends RawEntity<Integer>> personal : references.goingWith()) {
                ao.deleteWithSQL(personal, "COUNCIL_ID = ?", id);
            }
            ao.delete(row);
        });
    }

    private CouncilEntity visibleRow(int id) {
        CouncilEntity row = ao.get(CouncilEntity.class, id);
        if (row == null || !permissions.canView(row.getSpaceKey())) {
            throw new NotFoundException();
        }
        return row;
    }

    private Validation validate(CouncilInput input) {
        if (input == null) {
            throw new ValidationException(List.of());
        }
        Validation validation = new Validation()
                .line("spaceKey", input.spaceKey(), TextLengths.LINE)
                .required("name", input.name())
                .line("name", input.name(), TextLengths.LINE)
                .required("kind", input.kind())
                .oneOf("kind", input.kind(), CouncilKind.class)
                .text("purpose", input.purpose(), TextLengths.TEXT);
        CouncilSettings.validate(validation, input);
        CouncilSettings.publicationPage(validation, input, pages);
        return validation;
    }


    private static List<Council> map(CouncilEntity[] rows) {
        return Arrays.stream(rows).map(Council::of).toList();
    }
}
